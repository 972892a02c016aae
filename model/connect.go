package model

import "errors"

// Keys of the errors a shared store gives when it cannot be opened that
// the window and the command line act on: they ask for the password.
const (
	// KeyPasswordRequired: the server asks for a password that neither
	// the URL, PGPASSWORD nor the password file (~/.pgpass, PGPASSFILE)
	// gave.
	KeyPasswordRequired = "store_password_required"
	// KeyAuthFailed: the server did not accept the password given.
	KeyAuthFailed = "store_auth_failed"
)

// PasswordRequired reports whether err says the server wants a password
// that was not given (KeyPasswordRequired).
func PasswordRequired(err error) bool { return errorKey(err) == KeyPasswordRequired }

// WrongPassword reports whether err says the server did not accept the
// password given (KeyAuthFailed).
func WrongPassword(err error) bool { return errorKey(err) == KeyAuthFailed }

// errorKey returns the key of the first *Error in err's chain.
func errorKey(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Key
	}
	return ""
}

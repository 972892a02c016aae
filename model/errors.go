package model

import (
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"unicode"
)

// Code classifies an error by what the caller can do about it.
type Code string

// Error codes.
const (
	EInvalid  Code = "invalid"   // the input breaks a validation rule
	ENotFound Code = "not_found" // the thing asked for does not exist
	EConflict Code = "conflict"  // someone else changed it, or it already exists
	ELocked   Code = "locked"    // signed off: it can no longer be changed
	EState    Code = "state"     // the move is not allowed from the current state
	EInternal Code = "internal"  // a fault in the program or the store
	// EUnavailable: the store's server cannot be reached (the network, or
	// the server is down); trying again later may succeed.
	EUnavailable Code = "unavailable"
	// EDenied: the server refuses the signed-in login what it asked for
	// (a member signing off for the chair, commenting as someone else).
	EDenied Code = "denied"
)

// Error is the error type of the domain. Key names the message in the
// catalogue (messages.go); Args fill its placeholders in order; Field names
// the field at fault, if one is.
type Error struct {
	Code  Code
	Key   string
	Field string
	Args  []any
	Err   error // the underlying cause, for the log
}

// Errorf returns a domain error with a message key and its arguments.
func Errorf(code Code, key string, args ...any) *Error {
	return &Error{Code: code, Key: key, Args: args}
}

// FieldError returns an EInvalid error for one field.
func FieldError(field, key string, args ...any) *Error {
	return &Error{Code: EInvalid, Key: key, Field: field, Args: args}
}

// Wrap returns an EInternal error that keeps err as its cause.
func Wrap(err error, key string, args ...any) *Error {
	return &Error{Code: EInternal, Key: key, Args: args, Err: err}
}

// Error returns the English message, with the cause when there is one.
func (e *Error) Error() string {
	msg := e.Message(English)
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Message returns the user-facing message in the language given.
func (e *Error) Message(l Language) string {
	tmpl, ok := catalogue[l][e.Key]
	if !ok {
		tmpl, ok = catalogue[English][e.Key]
	}
	if !ok {
		return strings.TrimSpace(fmt.Sprint(append([]any{e.Key}, e.Args...)...))
	}
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		if v, ok := a.(labeler); ok {
			a = lowerFirst(v.Label(l))
		}
		args[i] = a
	}
	return fmt.Sprintf(tmpl, args...)
}

// labeler is a value with a name in each language, such as a Status; as an
// argument of an Error it is written in the message's language.
type labeler interface{ Label(Language) string }

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// ErrorCode returns the code of the first *Error in err's chain, EInternal
// for any other error and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the user-facing message of err in the language given;
// errors that are not domain errors get a general message, since their text
// is meant for the log: with an error log (SetErrorLog) err is written
// there and the message names the log's file.
func ErrorMessage(err error, l Language) string {
	var e *Error
	if errors.As(err, &e) && e.Key != "internal" {
		return e.Message(l)
	}
	if logError := errorLog.Load(); logError != nil {
		if path := (*logError)(err); path != "" {
			return Errorf(EInternal, "internal_logged", path).Message(l)
		}
	}
	return Errorf(EInternal, "internal").Message(l)
}

var errorLog atomic.Pointer[func(error) string]

// SetErrorLog makes logError the program's error log: it writes an
// unexpected error's details and returns the path of the file it wrote
// them to, "" when it could not. The program sets it once at start.
func SetErrorLog(logError func(error) string) { errorLog.Store(&logError) }

// Errors gathers several validation errors into one.
type Errors []*Error

// Error joins the English messages.
func (es Errors) Error() string { return es.Message(English) }

// Message joins the messages in the language given, one a line.
func (es Errors) Message(l Language) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Message(l)
	}
	return strings.Join(lines, "\n")
}

// Unwrap lets errors.As and errors.Is look at each error.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// ErrorList returns the domain errors err holds, one a field for a form
// to show beside it: the list of a model.Errors, the one *Error, or, for
// any other error, the general "internal" error.
func ErrorList(err error) Errors {
	var list Errors
	var one *Error
	switch {
	case errors.As(err, &list):
		return list
	case errors.As(err, &one):
		return Errors{one}
	}
	return Errors{Errorf(EInternal, "internal")}
}

// Err returns nil when es is empty and es otherwise.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

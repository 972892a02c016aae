package model

import (
	"context"
	"time"
)

// TrustedFile is a file the group trusts for signatures, as the store
// keeps it: a certificate authority's certificate, or a revocation list
// one of them signed (model/identity reads them).
type TrustedFile struct {
	ID      int64
	Kind    string // "ca" or "crl"
	Name    string // the authority's name
	DER     []byte
	SHA256  string // of DER, in lower-case hex; set by the store
	AddedAt time.Time
	AddedBy string
}

// TrustedKinds are the kinds of trusted files.
var TrustedKinds = []string{"ca", "crl"}

// TrustStore keeps what the group trusts: the authorities whose members'
// signatures it accepts, and their revocation lists.
type TrustStore interface {
	// TrustedFiles returns every trusted file, in the order they were
	// added.
	TrustedFiles(ctx context.Context) ([]TrustedFile, error)
	// AddTrustedFile adds a file; the same file twice is refused with
	// trust_exists.
	AddTrustedFile(ctx context.Context, f TrustedFile) (TrustedFile, error)
	// RemoveTrustedFile removes one.
	RemoveTrustedFile(ctx context.Context, id int64) error
}

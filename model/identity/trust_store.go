package identity

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// TrustOf reads a store's trusted files into a Trust: the authorities
// first, then the revocation lists one of them signed. A list whose
// authority is no longer trusted is left out: it could only revoke
// certificates that no trusted chain reaches.
func TrustOf(files []model.TrustedFile) (Trust, error) {
	var t Trust
	var crls []Anchor
	for _, f := range files {
		a, err := ParseAnchor(f.DER)
		if err != nil {
			return Trust{}, err
		}
		if a.Kind == AnchorCRL {
			crls = append(crls, a)
			continue
		}
		if err := t.Add(a); err != nil {
			return Trust{}, err
		}
	}
	for _, a := range crls {
		_ = t.Add(a)
	}
	return t, nil
}

// LoadTrust reads the trust of s when s keeps one (a model.TrustStore);
// of any other store it is the zero Trust, which trusts no one and is not
// configured.
func LoadTrust(ctx context.Context, s any) (Trust, error) {
	ts, ok := s.(model.TrustStore)
	if !ok {
		return Trust{}, nil
	}
	files, err := ts.TrustedFiles(ctx)
	if err != nil {
		return Trust{}, err
	}
	return TrustOf(files)
}

// RequireTrusted is the rule for an identity that signs off or signs a
// document of the group's: when the group trusts any authority (the
// trusted files of s), the identity must chain to one of them now,
// with its key allowed to sign and not revoked (Trust.Check says why
// not). A group that trusts no authority accepts any valid identity.
func RequireTrusted(ctx context.Context, s any, id *Identity, now time.Time) error {
	t, err := LoadTrust(ctx, s)
	if err != nil || !t.Configured() {
		return err
	}
	return t.Check(id.Certificate, id.Chain, now)
}

// AddTrusted reads a file a group is to trust (an authority's certificate
// or a revocation list, PEM or DER) and adds it to s: a revocation list
// only when an authority s already trusts signed it.
func AddTrusted(ctx context.Context, s model.TrustStore, data []byte) (model.TrustedFile, error) {
	a, err := ParseAnchor(data)
	if err != nil {
		return model.TrustedFile{}, err
	}
	if a.Kind == AnchorCRL {
		t, err := LoadTrust(ctx, s)
		if err != nil {
			return model.TrustedFile{}, err
		}
		if err := t.Add(a); err != nil {
			return model.TrustedFile{}, err
		}
	}
	return s.AddTrustedFile(ctx, model.TrustedFile{Kind: string(a.Kind), Name: a.Name, DER: a.DER})
}

// MaxTrustedFile is the largest file a group may trust: an authority's
// certificate or a revocation list is a few kilobytes, and one of a
// large organisation a few hundred.
const MaxTrustedFile = 1 << 20

// ReadTrustedFile reads a file to trust from path, refusing one larger
// than MaxTrustedFile without reading the rest of it.
func ReadTrustedFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxTrustedFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxTrustedFile {
		return nil, model.Errorf(model.EInvalid, "trust_file_too_large", filepath.Base(path), MaxTrustedFile>>20)
	}
	return data, nil
}

package document

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// TrustCheck is how each signature of a document stands with the
// authorities the group trusts.
type TrustCheck struct {
	// Problems holds, for each signature in order, why the group does
	// not trust it (identity.Trust.Check), nil when it does.
	Problems []error
}

// OK tells whether the group trusts every signature.
func (t TrustCheck) OK() bool {
	for _, p := range t.Problems {
		if p != nil {
			return false
		}
	}
	return true
}

// CheckTrust checks each signature of r against the authorities the store
// s trusts, at the signature's own time (now for one without a time); nil
// when s trusts no authority, since then there is nothing to check
// against.
func CheckTrust(ctx context.Context, s any, r signing.Report) (*TrustCheck, error) {
	t, err := identity.LoadTrust(ctx, s)
	if err != nil || !t.Configured() {
		return nil, err
	}
	c := &TrustCheck{}
	for _, sig := range r.Signatures {
		var problem error
		switch {
		case sig.Certificate == nil:
			problem = model.Errorf(model.EInvalid, "verify_trust_unreadable")
		default:
			at := sig.Time
			if at.IsZero() {
				at = model.Now(ctx)
			}
			problem = t.Check(sig.Certificate, sig.Chain, at)
		}
		c.Problems = append(c.Problems, problem)
	}
	return c, nil
}

// Lines says of each signature whether the group trusts it, and why not.
func (t TrustCheck) Lines(r signing.Report, l model.Language) []string {
	var lines []string
	for i, p := range t.Problems {
		if p == nil {
			issuer := ""
			if s := r.Signatures[i]; s.Certificate != nil {
				issuer = model.Printable(s.Certificate.Issuer.CommonName)
			}
			lines = append(lines, text(l, "verify_trusted", i+1, issuer))
			continue
		}
		lines = append(lines, text(l, "verify_untrusted", i+1, model.ErrorMessage(p, l)))
	}
	return lines
}

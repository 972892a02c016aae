package sqlstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

const trustedCols = `id, kind, name, der, sha256, added_at, added_by`

func scanTrusted(sc Scanner) (model.TrustedFile, error) {
	var f model.TrustedFile
	var added string
	if err := sc.Scan(&f.ID, &f.Kind, &f.Name, &f.DER, &f.SHA256, &added, &f.AddedBy); err != nil {
		return f, err
	}
	var err error
	f.AddedAt, err = ParseTime(added)
	return f, err
}

// TrustedFiles returns every trusted file, in the order they were added.
func (s Store) TrustedFiles(ctx context.Context) (out []model.TrustedFile, err error) {
	err = s.db.Read(ctx, func(t Tx) error {
		out, err = Collect(Select(t, `SELECT `+trustedCols+` FROM trusted_files ORDER BY id`), scanTrusted)
		return err
	})
	return out, err
}

// AddTrustedFile adds a trusted file of a known kind; its SHA-256 is
// computed here, and a file already trusted is refused.
func (s Store) AddTrustedFile(ctx context.Context, f model.TrustedFile) (out model.TrustedFile, err error) {
	if !slices.Contains(model.TrustedKinds, f.Kind) || len(f.DER) == 0 {
		return out, model.Errorf(model.EInvalid, "trust_not_anchor")
	}
	sum := sha256.Sum256(f.DER)
	f.SHA256, f.Name = hex.EncodeToString(sum[:]), strings.TrimSpace(f.Name)
	err = s.db.Write(ctx, func(t Tx) error {
		var n int
		if err := t.QueryRow(`SELECT count(*) FROM trusted_files WHERE sha256 = $1`, f.SHA256).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return model.Errorf(model.EConflict, "trust_exists", f.Name)
		}
		if err := t.QueryRow(`INSERT INTO trusted_files (kind, name, der, sha256, added_at, added_by)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
			f.Kind, f.Name, f.DER, f.SHA256, FmtTime(t.Now()), t.Actor()).Scan(&f.ID); err != nil {
			return err
		}
		if err := t.Audit("trust.add", "trust", f.ID, Detail{"kind": f.Kind, "name": f.Name, "sha256": f.SHA256}); err != nil {
			return err
		}
		out, err = scanTrusted(t.QueryRow(`SELECT `+trustedCols+` FROM trusted_files WHERE id = $1`, f.ID))
		return err
	})
	return out, err
}

// RemoveTrustedFile removes a trusted file.
func (s Store) RemoveTrustedFile(ctx context.Context, id int64) error {
	return s.db.Write(ctx, func(t Tx) error {
		f, err := scanTrusted(t.QueryRow(`SELECT `+trustedCols+` FROM trusted_files WHERE id = $1`, id))
		if err != nil {
			return NoRows(err, "trust", id)
		}
		if err := t.Exec(`DELETE FROM trusted_files WHERE id = $1`, id); err != nil {
			return err
		}
		return t.Audit("trust.remove", "trust", id, Detail{"kind": f.Kind, "name": f.Name, "sha256": f.SHA256})
	})
}

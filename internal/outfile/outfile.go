// Package outfile is the one home of the rules for the files Styrgrupp
// writes for the user (PDFs, exports, backups, signing identities): what
// an output path may be (Check) and the permissions it is written with
// (Write).
package outfile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/styrgrupp/styrgrupp/internal/atomicfile"
	"github.com/styrgrupp/styrgrupp/model"
)

// Mode is the permission of every new file Styrgrupp writes: its owner's
// only, since every output holds the group's material (or a key). A file
// that is replaced keeps the permissions it had.
const Mode fs.FileMode = 0o600

// Kind is the kind of file an output is.
type Kind int

// The kinds of output.
const (
	PDF Kind = iota + 1
	JSON
	CSV
	Store    // an SQLite database (a backup)
	Identity // a PKCS#12 signing identity
	DOCX     // a Word document
)

// label names the kind in the messages (key output_kind.*).
func (k Kind) label() string {
	return [...]string{PDF: "pdf", JSON: "json", CSV: "csv", Store: "store", Identity: "identity", DOCX: "docx"}[k]
}

// Label names the kind in l, for messages.
func (k Kind) Label(l model.Language) string {
	return model.Errorf(model.EInternal, "output_kind."+k.label()).Message(l)
}

// Target is an output path and what it must not destroy.
type Target struct {
	Path string
	Kind Kind
	// Replace lets an existing file of Kind be replaced; without it the
	// file must not exist.
	Replace bool
	// Store is the store the command reads, if any: neither it nor its
	// working files (-wal, -shm) are ever written over.
	Store string
	// Inputs are the other files the command reads (an identity, an
	// imported file).
	Inputs []string
}

// Check refuses an output path that is the store or one of its working
// files, an input, an existing file of another kind (any SQLite database,
// any PKCS#12 identity) or, without Replace, any existing file. Paths are
// compared as files (os.SameFile) where they exist and by their resolved
// absolute paths where they do not. The error is an EInvalid or EConflict
// model error naming the path as given.
func Check(t Target) error {
	if t.Store != "" && !IsURL(t.Store) {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			if same(t.Path, t.Store+suffix) {
				if suffix == "" {
					return model.Errorf(model.EInvalid, "output_is_store", t.Path)
				}
				return model.Errorf(model.EInvalid, "output_is_store_file", t.Path, t.Store)
			}
		}
	}
	for _, in := range t.Inputs {
		if in != "" && same(t.Path, in) {
			return model.Errorf(model.EInvalid, "output_is_input", t.Path)
		}
	}
	st, err := os.Stat(t.Path)
	if errors.Is(err, fs.ErrNotExist) {
		if _, lerr := os.Lstat(t.Path); lerr == nil {
			return model.Errorf(model.EInvalid, "output_not_regular", t.Path) // a dangling link
		}
		return nil
	}
	if err != nil {
		return model.Wrap(err, "output_unreadable", t.Path)
	}
	if !st.Mode().IsRegular() {
		return model.Errorf(model.EInvalid, "output_not_regular", t.Path)
	}
	found, err := sniff(t.Path)
	if err != nil {
		return model.Wrap(err, "output_unreadable", t.Path)
	}
	switch {
	case found == Store && t.Kind != Store:
		return model.Errorf(model.EInvalid, "output_is_database", t.Path)
	case found == Identity && t.Kind != Identity:
		return model.Errorf(model.EInvalid, "output_is_identity", t.Path)
	case !t.Replace:
		return model.Errorf(model.EConflict, "output_exists", t.Path, t.Kind)
	case !fits(found, t.Kind):
		return model.Errorf(model.EInvalid, "output_other_kind", t.Path, t.Kind)
	}
	return nil
}

// same tells whether a and b name one file: the same file where both
// exist, else the same resolved absolute path.
func same(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(sa, sb)
	}
	return resolved(a) == resolved(b)
}

// resolved is path made absolute with the links in its folder followed.
func resolved(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		abs = filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

// empty is the kind sniff gives an empty file.
const empty Kind = -1

// sniff tells the kind of an existing file by its first bytes (a .p12 or
// .pfx by its name too); 0 for a file of no kind Styrgrupp writes.
func sniff(path string) (Kind, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return 0, err
	}
	head = head[:n]
	text := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	switch ext := strings.ToLower(filepath.Ext(path)); {
	case n == 0:
		return empty, nil
	case bytes.HasPrefix(head, []byte("SQLite format 3\x00")):
		return Store, nil
	case isPKCS12(head) || ext == ".p12" || ext == ".pfx" || isKeyText(head) || ext == ".key" || ext == ".pem":
		return Identity, nil
	case bytes.Contains(head[:min(n, 1024)], []byte("%PDF-")):
		return PDF, nil
	case isDOCX(head):
		return DOCX, nil
	case len(text) > 0 && (text[0] == '{' || text[0] == '['):
		return JSON, nil
	case !bytes.ContainsRune(head, 0):
		return CSV, nil
	}
	return 0, nil
}

// isDOCX tells whether head begins a Word document: a zip whose first
// entries include one under word/ (an .xlsx has xl/ instead).
func isDOCX(head []byte) bool {
	return bytes.HasPrefix(head, []byte("PK\x03\x04")) && bytes.Contains(head, []byte("word/"))
}

// isKeyText tells whether head is a private key in text: PEM ("-----BEGIN
// RSA PRIVATE KEY-----", "... EC PRIVATE KEY", PKCS#8), an OpenSSH key or
// a PGP secret key block.
func isKeyText(head []byte) bool {
	return bytes.Contains(head, []byte("PRIVATE KEY-----")) || bytes.Contains(head, []byte("PGP PRIVATE KEY BLOCK"))
}

// isPKCS12 tells whether head begins a PKCS#12 file (RFC 7292): a DER
// SEQUENCE whose first element is the version, INTEGER 3.
func isPKCS12(head []byte) bool {
	if len(head) < 8 || head[0] != 0x30 {
		return false
	}
	i := 2
	switch head[1] {
	case 0x81:
		i = 3
	case 0x82:
		i = 4
	case 0x83:
		i = 5
	}
	return len(head) >= i+3 && head[i] == 0x02 && head[i+1] == 0x01 && head[i+2] == 0x03
}

// fits tells whether an existing file of kind found may be replaced by
// one of kind want: one of the same kind, or an empty file.
func fits(found, want Kind) bool {
	return found == want || found == empty
}

// Write writes data to path whole or not at all (atomicfile): with Mode
// when the file is new, else with the permissions of the file it
// replaces.
func Write(path string, data []byte) error {
	mode := Mode
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	return atomicfile.Write(path, data, mode)
}

// IsURL tells whether a --store argument names a PostgreSQL database
// (postgres:// or postgresql://) rather than a SQLite file: the one test
// of which adapter a store argument is for.
func IsURL(store string) bool {
	l := strings.ToLower(store)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

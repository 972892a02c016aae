package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
)

// Protocol is the signed protocol of one meeting as the store keeps it:
// the minutes' PDF with every signature added to it so far, each as an
// incremental update, so that any window can export the same file again
// and each signer signs it in turn from their own desk.
type Protocol struct {
	MeetingID int64
	PDF       []byte
	// Signatures is how many signatures PDF carries, for the audit row;
	// the one who saves counts them (the store does not read PDFs).
	Signatures int
}

// SHA256 returns the hex SHA-256 of the protocol's bytes, which the store
// keeps beside them and Check compares.
func (p Protocol) SHA256() string {
	sum := sha256.Sum256(p.PDF)
	return hex.EncodeToString(sum[:])
}

// CheckProtocolSave tells whether next may be stored as the protocol of
// m, where stored is the protocol kept now (nil when none): only a
// signed-off meeting has a protocol, and a new version only extends the
// stored one (the stored bytes are the new one's first bytes: an
// incremental update that adds a signature), never replaces it.
func CheckProtocolSave(m Meeting, stored, next []byte) error {
	if !m.SignedOff() {
		return Errorf(EState, "protocol_not_signed_off")
	}
	if len(next) == 0 {
		return Errorf(EInvalid, "protocol_empty")
	}
	if stored != nil && (len(next) <= len(stored) || !bytes.HasPrefix(next, stored)) {
		return Errorf(EConflict, "protocol_not_extension")
	}
	return nil
}

// SignedOffBy returns the meeting's sign-off made with the certificate
// whose hex SHA-256 is certSHA256, and whether there is one: only those
// who signed the minutes off sign the protocol.
func (m Meeting) SignedOffBy(certSHA256 string) (SignOff, bool) {
	for _, s := range m.SignOffs {
		if s.CertSHA256 != "" && s.CertSHA256 == certSHA256 {
			return s, true
		}
	}
	return SignOff{}, false
}

// protocolMessages are the messages of the protocol's rules; they join
// the catalogue when the package starts.
var protocolMessages = map[Language]map[string]string{
	Swedish: {
		"protocol_not_signed_off": "Protokollet kan signeras först när både ordföranden och justeraren har justerat det.",
		"protocol_empty":          "Protokollet är tomt.",
		"protocol_not_extension":  "Det sparade protokollet kan bara få fler signaturer, inte bytas ut. Någon annan kan ha signerat det under tiden; försök igen.",
		"protocol_not_signer":     "Identiteten (%s) är inte den som protokollet justerades med. Bara ordföranden och justeraren signerar protokollet, med samma identitetsfil som när de justerade.",
		"protocol_signed_twice":   "Protokollet är redan signerat av %s.",
		"protocol_sha_mismatch":   "Det sparade protokollet för sammanträde %d stämmer inte med sin kontrollsumma.",
	},
	English: {
		"protocol_not_signed_off": "The protocol can be signed once both the chair and the adjuster have signed the minutes off.",
		"protocol_empty":          "The protocol is empty.",
		"protocol_not_extension":  "The stored protocol can only gain signatures, not be replaced. Someone else may have signed it meanwhile; try again.",
		"protocol_not_signer":     "The identity (%s) is not the one the minutes were signed off with. Only the chair and the adjuster sign the protocol, with the identity file they signed off with.",
		"protocol_signed_twice":   "The protocol is already signed by %s.",
		"protocol_sha_mismatch":   "The stored protocol of meeting %d does not match its checksum.",
	},
}

func init() { AddMessages(protocolMessages) }

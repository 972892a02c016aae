package model

import "strings"

// CheckSigner refuses a sign-off made with the identity that has already
// signed off the meeting in the other role: the chair and the adjuster
// each sign off with an identity of their own. signer is the sign-off's
// Signer, the certificate's subject and fingerprint; a sign-off made
// without an identity (signer "") is not compared.
func (m Meeting) CheckSigner(signer string) error {
	signer = strings.TrimSpace(signer)
	if signer == "" {
		return nil
	}
	for _, s := range m.SignOffs {
		if strings.TrimSpace(s.Signer) == signer {
			return Errorf(EState, "signoff_same_identity", signer)
		}
	}
	return nil
}

// SignerNameMatches tells whether an identity's name (its certificate's
// common name) names the member: every word of the member's name is in
// the certificate's, case and Unicode form aside, so that a middle name
// or the form "Efternamn, Förnamn" still matches, and someone else's
// certificate does not.
func SignerNameMatches(memberName, certName string) bool {
	member := nameWords(memberName)
	if len(member) == 0 {
		return false
	}
	cert := map[string]bool{}
	for _, w := range nameWords(certName) {
		cert[w] = true
	}
	for _, w := range member {
		if !cert[w] {
			return false
		}
	}
	return true
}

// nameWords splits a name into lower-case words, commas aside.
func nameWords(name string) []string {
	return strings.Fields(strings.ToLower(NFC(strings.ReplaceAll(name, ",", " "))))
}

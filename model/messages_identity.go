package model

// identityMessages are the messages of signing identities (model/identity)
// and of signing and verifying PDFs (model/signing). They live in a file
// of their own and join the catalogue when the package starts, so the main
// catalogue stays one list for the domain's own rules.
var identityMessages = map[Language]map[string]string{
	Swedish: {
		"identity_name_required":       "Ange namnet på den som ska signera.",
		"identity_name_control":        "Namnet och organisationen får inte innehålla styrtecken eller osynliga tecken: %s.",
		"identity_passphrase_required": "Lösenfrasen får inte vara tom.",
		"identity_wrong_passphrase":    "Lösenfrasen är fel.",
		"identity_unreadable":          "Filen är ingen signeringsidentitet (en PKCS#12-fil, .p12 eller .pfx).",
		"identity_key_unsupported":     "Nyckeln är av typen %s, som inte kan signera PDF; använd en RSA- eller ECDSA-nyckel.",
		"identity_cert_mismatch":       "Filen saknar certifikatet som hör till nyckeln.",
		"identity_key_weak":            "Nyckeln är för svag: %s. Styrgrupp godtar RSA-nycklar på minst 2048 bitar och ECDSA-nycklar på kurvorna P-256, P-384 och P-521. Skapa en ny identitet med styrgrupp identity new, eller be om ett certifikat med en starkare nyckel.",
		"identity_cert_forged":         "Certifikatet för %s är självsignerat, men dess signatur stämmer inte med dess egen nyckel: certifikatet är ändrat efter att det skapades.",
		"identity_cert_forged_issuer":  "Certifikatet för %s stämmer inte med signaturen av utfärdaren %s: certifikatet är ändrat efter att det utfärdades.",
		"identity_cert_malformed":      "Certifikatet för %s har fler byte än certifikatet självt: det är ändrat efter att det utfärdades.",
		"identity_issuer_missing":      "Certifikatet för %s är utfärdat av %s, men utfärdarens certifikat saknas, så certifikatet går inte att kontrollera. Hela kedjan upp till rotcertifikatet behövs.",
		"identity_read":                "Kunde inte läsa signeringsidentiteten %s.",
		"trust_not_ca":                 "%s är inget utfärdarcertifikat (CA): bara en certifikatutfärdares certifikat kan betros.",
		"trust_file_too_large":         "%s är större än %d MB och är inget certifikat eller spärrlista som går att lita på.",
		"trust_not_anchor":             "Filen är varken ett certifikat eller en spärrlista (CRL), i PEM- eller DER-form.",
		"trust_crl_unsigned":           "Spärrlistan från %s är inte signerad av någon betrodd utfärdare: lägg till utfärdarens certifikat först.",
		"trust_exists":                 "%s är redan betrodd.",
		"trust_none":                   "Ingen betrodd utfärdare är inlagd.",
		"trust_unknown_issuer":         "%s är utfärdat av %s, som gruppen inte litar på.",
		"trust_not_valid_at":           "Certifikatet för %s gäller %s–%s, inte %s.",
		"trust_key_usage":              "Certifikatet för %s får inte användas för att signera.",
		"trust_revoked":                "Certifikatet för %s är spärrat sedan %s.",
		"identity_org_required":        "Ange organisationens namn, till exempel --org \"Bollnäs kommun\".",
		"identity_not_ca":              "%s är ingen certifikatutfärdare: filen kan inte utfärda identiteter. Ange en fil som styrgrupp ca new har skapat eller utfärdarens .p12 från IT.",
		"identity_ca_expired":          "Certifikatutfärdaren %s gällde till %s: skapa en ny med styrgrupp ca new.",
		"signing_not_pdf":              "Filen är ingen PDF eller går inte att läsa som PDF.",
		"signing_no_signature":         "PDF-filen har ingen signatur.",
		"signing_cert_not_valid":       "Certifikatet för %s gäller från %s till %s; det går inte att signera med det nu.",
		"signing_failed":               "Kunde inte signera PDF-filen.",
		"signing_encrypted":            "PDF-filen är krypterad; Styrgrupp signerar inte krypterade filer.",
		"signing_key_too_large":        "Nyckeln är en RSA-nyckel på %d bitar, och signeringsbiblioteket klarar RSA-nycklar på högst 2048 bitar. Skapa en identitet med styrgrupp identity new, eller be om ett certifikat med en RSA-nyckel på 2048 bitar eller en ECDSA-nyckel.",
		"signing_earlier_invalid":      "Signatur %d i PDF-filen håller inte (se styrgrupp verify), så filen signeras inte vidare.",
		"signing_info_lost":            "PDF-filen är sparad med en korsreferensström, och signeringen skulle tappa dess dokumentinformation (titel, författare och Styrgrupps manifest). Signera filen som Styrgrupp skrev i stället för en omsparad kopia.",
		"signing_self_check":           "Den nya signaturen höll inte vid kontrollen efteråt; ingen signerad fil skrevs.",
	},
	English: {
		"identity_name_required":       "Give the name of the person who will sign.",
		"identity_name_control":        "The name and the organisation may not contain control or invisible characters: %s.",
		"identity_passphrase_required": "The passphrase must not be empty.",
		"identity_wrong_passphrase":    "The passphrase is wrong.",
		"identity_unreadable":          "The file is not a signing identity (a PKCS#12 file, .p12 or .pfx).",
		"identity_key_unsupported":     "The key is of type %s, which cannot sign PDFs; use an RSA or ECDSA key.",
		"identity_cert_mismatch":       "The file lacks the certificate that belongs to its key.",
		"identity_key_weak":            "The key is too weak: %s. Styrgrupp accepts RSA keys of at least 2048 bits and ECDSA keys on the curves P-256, P-384 and P-521. Make a new identity with styrgrupp identity new, or ask for a certificate with a stronger key.",
		"identity_cert_forged":         "The certificate of %s is self-signed, but its signature does not match its own key: the certificate was changed after it was made.",
		"identity_cert_forged_issuer":  "The certificate of %s does not match the signature of its issuer %s: the certificate was changed after it was issued.",
		"identity_cert_malformed":      "The certificate of %s carries more bytes than the certificate itself: it was changed after it was issued.",
		"identity_issuer_missing":      "The certificate of %s is issued by %s, but the issuer's certificate is missing, so the certificate cannot be checked. The whole chain up to the root certificate is needed.",
		"identity_read":                "Could not read the signing identity %s.",
		"trust_not_ca":                 "%s is not an authority's certificate (CA): only a certificate authority's certificate can be trusted.",
		"trust_file_too_large":         "%s is larger than %d MB and is no certificate or revocation list that can be trusted.",
		"trust_not_anchor":             "The file is neither a certificate nor a revocation list (CRL), in PEM or DER form.",
		"trust_crl_unsigned":           "The revocation list from %s is not signed by a trusted authority: add the authority's certificate first.",
		"trust_exists":                 "%s is already trusted.",
		"trust_none":                   "No trusted authority has been added.",
		"trust_unknown_issuer":         "%s is issued by %s, which the group does not trust.",
		"trust_not_valid_at":           "The certificate of %s is valid %s–%s, not on %s.",
		"trust_key_usage":              "The certificate of %s may not be used for signing.",
		"trust_revoked":                "The certificate of %s is revoked since %s.",
		"identity_org_required":        "Give the organisation's name, for example --org \"Bollnäs kommun\".",
		"identity_not_ca":              "%s is not a certificate authority: the file cannot issue identities. Give a file made by styrgrupp ca new, or the authority's .p12 from IT.",
		"identity_ca_expired":          "The certificate authority %s was valid until %s: make a new one with styrgrupp ca new.",
		"signing_not_pdf":              "The file is not a PDF or cannot be read as one.",
		"signing_no_signature":         "The PDF has no signature.",
		"signing_cert_not_valid":       "The certificate of %s is valid from %s to %s; it cannot sign now.",
		"signing_failed":               "Could not sign the PDF.",
		"signing_encrypted":            "The PDF is encrypted; Styrgrupp does not sign encrypted files.",
		"signing_key_too_large":        "The key is an RSA key of %d bits, and the signing library handles RSA keys of at most 2048 bits. Make an identity with styrgrupp identity new, or ask for a certificate with an RSA key of 2048 bits or an ECDSA key.",
		"signing_earlier_invalid":      "Signature %d of the PDF does not hold (see styrgrupp verify), so the file is not signed further.",
		"signing_info_lost":            "The PDF is saved with a cross-reference stream, and signing would lose its document information (title, author and Styrgrupp's manifest). Sign the file Styrgrupp wrote rather than a copy saved again.",
		"signing_self_check":           "The new signature did not hold when checked afterwards; no signed file was written.",
	},
}

func init() {
	for l, msgs := range identityMessages {
		for k, v := range msgs {
			catalogue[l][k] = v
		}
	}
}

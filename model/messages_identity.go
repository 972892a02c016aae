package model

// identityMessages are the messages of signing identities (model/identity)
// and of signing and verifying PDFs (model/signing). They live in a file
// of their own and join the catalogue when the package starts, so the main
// catalogue stays one list for the domain's own rules.
var identityMessages = map[Language]map[string]string{
	Swedish: {
		"identity_name_required":       "Ange namnet på den som ska signera.",
		"identity_passphrase_required": "Lösenfrasen får inte vara tom.",
		"identity_wrong_passphrase":    "Lösenfrasen är fel.",
		"identity_unreadable":          "Filen är ingen signeringsidentitet (en PKCS#12-fil, .p12 eller .pfx).",
		"identity_key_unsupported":     "Nyckeln är av typen %s, som inte kan signera PDF; använd en RSA- eller ECDSA-nyckel.",
		"identity_cert_mismatch":       "Filen saknar certifikatet som hör till nyckeln.",
		"identity_read":                "Kunde inte läsa signeringsidentiteten %s.",
		"signing_not_pdf":              "Filen är ingen PDF eller går inte att läsa som PDF.",
		"signing_no_signature":         "PDF-filen har ingen signatur.",
		"signing_cert_not_valid":       "Certifikatet för %s gäller från %s till %s; det går inte att signera med det nu.",
		"signing_failed":               "Kunde inte signera PDF-filen.",
		"signing_encrypted":            "PDF-filen är krypterad; Styrgrupp signerar inte krypterade filer.",
		"signing_key_too_large":        "Nyckeln är en RSA-nyckel på %d bitar, och signeringsbiblioteket klarar RSA-nycklar på högst 2048 bitar. Skapa en identitet med styrgrupp identity new, eller be om ett certifikat med en mindre nyckel eller en ECDSA-nyckel.",
		"signing_earlier_invalid":      "Signatur %d i PDF-filen håller inte (se styrgrupp verify), så filen signeras inte vidare.",
		"signing_info_lost":            "PDF-filen är sparad med en korsreferensström, och signeringen skulle tappa dess dokumentinformation (titel, författare och Styrgrupps manifest). Signera filen som Styrgrupp skrev i stället för en omsparad kopia.",
		"signing_self_check":           "Den nya signaturen höll inte vid kontrollen efteråt; ingen signerad fil skrevs.",
	},
	English: {
		"identity_name_required":       "Give the name of the person who will sign.",
		"identity_passphrase_required": "The passphrase must not be empty.",
		"identity_wrong_passphrase":    "The passphrase is wrong.",
		"identity_unreadable":          "The file is not a signing identity (a PKCS#12 file, .p12 or .pfx).",
		"identity_key_unsupported":     "The key is of type %s, which cannot sign PDFs; use an RSA or ECDSA key.",
		"identity_cert_mismatch":       "The file lacks the certificate that belongs to its key.",
		"identity_read":                "Could not read the signing identity %s.",
		"signing_not_pdf":              "The file is not a PDF or cannot be read as one.",
		"signing_no_signature":         "The PDF has no signature.",
		"signing_cert_not_valid":       "The certificate of %s is valid from %s to %s; it cannot sign now.",
		"signing_failed":               "Could not sign the PDF.",
		"signing_encrypted":            "The PDF is encrypted; Styrgrupp does not sign encrypted files.",
		"signing_key_too_large":        "The key is an RSA key of %d bits, and the signing library handles RSA keys of at most 2048 bits. Make an identity with styrgrupp identity new, or ask for a certificate with a smaller key or an ECDSA key.",
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

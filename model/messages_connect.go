package model

// connectMessages are the messages of a shared store that cannot be
// opened: each names the server and says what failed and what to do. They
// join the catalogue when the package starts, as fileMessages do.
var connectMessages = map[Language]map[string]string{
	Swedish: {
		KeyPasswordRequired:     "Servern %s vill ha ett lösenord för inloggningen %s.",
		KeyAuthFailed:           "Servern %s godtog inte lösenordet för inloggningen %s. Kontrollera användarnamnet och lösenordet.",
		"store_login_refused":   "Servern %s tar inte emot inloggningen %s från den här datorn. Fråga IT om inloggningen får ansluta till databasen.",
		"store_no_database":     "Det finns ingen databas %s på servern %s. Kontrollera namnet, eller fråga IT vad databasen heter.",
		"store_cert_untrusted":  "Servern %s kunde inte bekräftas: dess certifikat är inte utfärdat av en CA som du litar på. Välj organisationens CA-certifikat, eller fråga IT.",
		"store_cert_wrong_host": "Servern %s kunde inte bekräftas: dess certifikat gäller inte det namnet. Ange servern med det namn som står i certifikatet, eller fråga IT.",
		"store_tls_refused":     "Servern %s tar inte emot krypterade anslutningar (TLS), men anslutningen kräver det. Fråga IT, eller välj en annan TLS-inställning.",
		"store_ca_unreadable":   "Kunde inte läsa CA-certifikatet %s. Kontrollera att filen finns och är ett certifikat (PEM).",
	},
	English: {
		KeyPasswordRequired:     "The server %s wants a password for the login %s.",
		KeyAuthFailed:           "The server %s did not accept the password for the login %s. Check the user name and the password.",
		"store_login_refused":   "The server %s does not accept the login %s from this computer. Ask IT whether the login may connect to the database.",
		"store_no_database":     "There is no database %s on the server %s. Check the name, or ask IT what the database is called.",
		"store_cert_untrusted":  "The server %s could not be verified: its certificate is not issued by a CA you trust. Choose the organisation's CA certificate, or ask IT.",
		"store_cert_wrong_host": "The server %s could not be verified: its certificate is not for that name. Give the server by the name its certificate holds, or ask IT.",
		"store_tls_refused":     "The server %s does not accept encrypted connections (TLS), but the connection requires them. Ask IT, or choose another TLS setting.",
		"store_ca_unreadable":   "Could not read the CA certificate %s. Check that the file exists and is a certificate (PEM).",
	},
}

func init() { AddMessages(connectMessages) }

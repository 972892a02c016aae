package model

// fileMessages are the messages about the files the program writes for
// the user (internal/outfile) and about its log. They join the catalogue
// when the package starts, as identityMessages do.
var fileMessages = map[Language]map[string]string{
	Swedish: {
		"output_is_store":      "%s är databasen och skrivs inte över; välj en annan fil att skriva till.",
		"output_is_store_file": "%s är en arbetsfil till databasen %s och skrivs inte över; välj en annan fil att skriva till.",
		"output_is_input":      "%s är en av filerna som kommandot läser och skrivs inte över; välj en annan fil att skriva till.",
		"output_is_database":   "%s är en SQLite-databas och skrivs inte över; välj en annan fil att skriva till.",
		"output_is_identity":   "%s är en signeringsidentitet (PKCS#12) och skrivs inte över; välj en annan fil att skriva till.",
		"output_exists":        "%s finns redan. En %s skrivs bara till en ny fil, så att ingenting skrivs över.",
		"output_other_kind":    "%s finns redan och är ingen %s; den skrivs inte över. Välj en annan fil att skriva till.",
		"output_not_regular":   "%s är ingen vanlig fil (en mapp, en enhet eller en trasig länk) och kan inte skrivas till.",
		"output_unreadable":    "Kunde inte läsa %s för att se vad den är; ingenting skrevs.",
		"output_kind.pdf":      "PDF-fil",
		"output_kind.json":     "JSON-fil",
		"output_kind.csv":      "CSV-fil",
		"output_kind.store":    "säkerhetskopia",
		"output_kind.identity": "signeringsidentitet",
		"internal_logged":      "Ett oväntat fel inträffade. Detaljerna finns i loggen %s.",
	},
	English: {
		"output_is_store":      "%s is the database and is not overwritten; choose another file to write to.",
		"output_is_store_file": "%s is a working file of the database %s and is not overwritten; choose another file to write to.",
		"output_is_input":      "%s is one of the files the command reads and is not overwritten; choose another file to write to.",
		"output_is_database":   "%s is an SQLite database and is not overwritten; choose another file to write to.",
		"output_is_identity":   "%s is a signing identity (PKCS#12) and is not overwritten; choose another file to write to.",
		"output_exists":        "%s already exists. A %s is only written to a new file, so that nothing is overwritten.",
		"output_other_kind":    "%s already exists and is not a %s; it is not overwritten. Choose another file to write to.",
		"output_not_regular":   "%s is not a regular file (a folder, a device or a broken link) and cannot be written to.",
		"output_unreadable":    "Could not read %s to see what it is; nothing was written.",
		"output_kind.pdf":      "PDF file",
		"output_kind.json":     "JSON file",
		"output_kind.csv":      "CSV file",
		"output_kind.store":    "backup",
		"output_kind.identity": "signing identity",
		"internal_logged":      "An unexpected error occurred. The details are in the log %s.",
	},
}

func init() {
	for l, msgs := range fileMessages {
		for k, v := range msgs {
			catalogue[l][k] = v
		}
	}
}

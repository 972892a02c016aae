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
		"output_is_identity":   "%s är en signeringsidentitet eller privat nyckel (PKCS#12, PEM, OpenSSH) och skrivs inte över; välj en annan fil att skriva till.",
		"output_exists":        "%s finns redan. En %s skrivs bara till en ny fil, så att ingenting skrivs över.",
		"output_other_kind":    "%s finns redan och är ingen %s; den skrivs inte över. Välj en annan fil att skriva till.",
		"output_not_regular":   "%s är ingen vanlig fil (en mapp, en enhet eller en trasig länk) och kan inte skrivas till.",
		"output_unreadable":    "Kunde inte läsa %s för att se vad den är; ingenting skrevs.",
		"output_kind.pdf":      "PDF-fil",
		"output_kind.json":     "JSON-fil",
		"output_kind.csv":      "CSV-fil",
		"output_kind.docx":     "DOCX-fil",
		"output_kind.store":    "säkerhetskopia",
		"output_kind.identity": "signeringsidentitet",
		"internal_logged":      "Ett oväntat fel inträffade. Detaljerna finns i loggen %s.",
		"store_missing":        "Hittar inte databasen %s.",
		"store_older_readonly": "%s är från en äldre version av Styrgrupp (schema %d; den här versionen läser schema %d). Kommandot bara läser och uppgraderar inte filen: öppna den en gång i Styrgrupp, eller en kopia av den, och kör kommandot igen.",
		"store_readonly_wal":   "%s har sin arbetsfil (-wal) bredvid sig i mappen %s, som är skrivskyddad, och kan inte läsas utan att SQLite får skriva där. Kopiera databasen tillsammans med -wal-filen till en mapp där du får spara och kör kommandot på kopian.",
	},
	English: {
		"output_is_store":      "%s is the database and is not overwritten; choose another file to write to.",
		"output_is_store_file": "%s is a working file of the database %s and is not overwritten; choose another file to write to.",
		"output_is_input":      "%s is one of the files the command reads and is not overwritten; choose another file to write to.",
		"output_is_database":   "%s is an SQLite database and is not overwritten; choose another file to write to.",
		"output_is_identity":   "%s is a signing identity or private key (PKCS#12, PEM, OpenSSH) and is not overwritten; choose another file to write to.",
		"output_exists":        "%s already exists. A %s is only written to a new file, so that nothing is overwritten.",
		"output_other_kind":    "%s already exists and is not a %s; it is not overwritten. Choose another file to write to.",
		"output_not_regular":   "%s is not a regular file (a folder, a device or a broken link) and cannot be written to.",
		"output_unreadable":    "Could not read %s to see what it is; nothing was written.",
		"output_kind.pdf":      "PDF file",
		"output_kind.json":     "JSON file",
		"output_kind.csv":      "CSV file",
		"output_kind.docx":     "DOCX file",
		"output_kind.store":    "backup",
		"output_kind.identity": "signing identity",
		"internal_logged":      "An unexpected error occurred. The details are in the log %s.",
		"store_missing":        "Cannot find the database %s.",
		"store_older_readonly": "%s is from an older version of Styrgrupp (schema %d; this version reads schema %d). The command only reads and does not upgrade the file: open it, or a copy of it, once in Styrgrupp and run the command again.",
		"store_readonly_wal":   "%s has its working file (-wal) beside it in the folder %s, which is read-only, and cannot be read unless SQLite may write there. Copy the database together with the -wal file to a folder where you may save files and run the command on the copy.",
	},
}

func init() { AddMessages(fileMessages) }

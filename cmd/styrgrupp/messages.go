package main

import (
	"strings"

	"github.com/styrgrupp/styrgrupp/internal/syslocale"
	"github.com/styrgrupp/styrgrupp/model"
)

// cliMessages are the command line's own messages, usage and flag texts.
// They join the model's catalogue when the program starts, so that they
// are chosen and formatted as the domain's messages are; msg finds them.
var cliMessages = map[model.Language]map[string]string{
	model.Swedish: {
		"cli.usage": `Styrgrupp – beslutsstöd för kommunens styrgrupp

Användning:
  styrgrupp [--store FIL] [--lang sv|en] [FIL...]
                                               öppna programmet (och importera filerna)
  styrgrupp --demo                             öppna programmet på en ny demodatabas
  styrgrupp demo --store FIL                   skriv en demodatabas
  styrgrupp check --store FIL                  kontrollera databasen och granskningsloggen
  styrgrupp backup --store FIL -o KOPIA        säkerhetskopiera databasen till en ny fil
  styrgrupp copy --from FIL --to FIL           kopiera hela databasen, med historik och granskningslogg,
                                               mellan SQLite-filer och PostgreSQL
  styrgrupp import --store FIL [--dry-run] [--create] FIL...
                                               importera förslag och uppföljning från .xlsx, .csv, .json eller .docx
  styrgrupp export --store FIL --format json|csv|docx [-o UT]
                                               exportera förslagen med sina beslut (docx: förslagen
                                               som ett Word-dokument i mallens form)
  styrgrupp template --format docx [-o MALL.docx]
                                               skriv en Word-mall för förslag med ett exempel
  styrgrupp minutes --store FIL --meeting N -o UT.pdf [--sign ID.p12] [--lang sv|en] [--body NAMN]
                                               skriv sammanträdets protokoll som PDF
  styrgrupp extract --store FIL --meeting N --item § -o UT.pdf [--sign ID.p12] [--lang sv|en]
                                               skriv ett protokollsutdrag för en paragraf
  styrgrupp basis --store FIL --proposal REF -o UT.pdf [--comments] [--lang sv|en]
                                               skriv förslagets beslutsunderlag
  styrgrupp followup-report --store FIL -o UT.pdf [--sign ID.p12] [--lang sv|en] [--body NAMN]
                                               skriv uppföljningsrapporten om de godkända insatserna
  styrgrupp handbook -o UT.pdf [--lang sv|en]   skriv användarhandboken som PDF (samma som Hjälp → Handbok)
  styrgrupp identity new --name NAMN --org ORGANISATION -o ID.p12
                                               skapa en självsignerad signeringsidentitet
  styrgrupp identity new --ca CA.p12 --name NAMN -o ID.p12
                                               utfärda en ledamots identitet från organisationens utfärdare
  styrgrupp ca new --org ORGANISATION -o CA.p12
                                               skapa en certifikatutfärdare för gruppen (och CA.pem bredvid)
  styrgrupp ca revoke --ca CA.p12 -o LISTA.crl CERT.pem …
                                               spärra ledamöters identiteter (för trust add)
  styrgrupp trust add --store FIL CA.pem [LISTA.crl …]
                                               lita på en utfärdares ledamöter (och en spärrlista); även list, remove
  styrgrupp sign --id ID.p12 FIL.pdf [-o UT.pdf] [--reason TEXT] [--location ORT]
                                               signera en PDF (flera signerar i tur och ordning)
  styrgrupp verify FIL.pdf [--store FIL]       kontrollera signaturerna (och fingeravtrycken)
  styrgrupp server init --store postgres://…   förbered en tom PostgreSQL-databas: schemat och grupprollerna
                                               (körs av databasens ägare, IT-avdelningen)
  styrgrupp server add-member --store postgres://… --login NAMN --member "NAMN" --role member|secretary
                      [--password-stdin]       ge en ledamot en egen inloggning (lösenordet frågas två gånger)
  styrgrupp --version                          visa version

Där en databas anges (--store, --from, --to) går det också att ge en
PostgreSQL-databas som adress: postgres://användare@värd/databas. Ett
lösenord som servern vill ha tas från ~/.pgpass (eller filen som
PGPASSFILE anger) eller PGPASSWORD, och frågas annars efter i terminalen.

Varje kommando tar --lang sv|en för sina meddelanden; utan den avgör
systemets språkinställning (LC_ALL, LC_MESSAGES, LANG), och svenska när
den inte anger något.
`,
		"cli.error":                   "fel:",
		"cli.warning":                 "varning:",
		"cli.details":                 "  detaljer:",
		"cli.store_unreachable":       "Servern %s svarar inte (%s). Kommandot avbröts utan att något halvfärdigt sparades; kör det igen när servern svarar. Kontrollera nätverket eller fråga IT om servern är igång.",
		"cli.unknown_command":         "okänt kommando %q",
		"cli.unknown_argument":        "okänt argument %q",
		"cli.unknown_language":        "okänt språk %q: välj sv eller en",
		"cli.need_store":              "ange databasen med --store FIL",
		"cli.store_migrated":          "obs: %s var från en äldre version av Styrgrupp (schema %d) och är nu uppgraderad till schema %d. En kopia av filen som den var finns i %s",
		"cli.store_not_found":         "hittar inte databasen %s",
		"cli.file_not_found":          "hittar inte %s",
		"cli.translations_unreadable": "översättningarna kunde inte läsas:",
		"cli.flag.store":              "databasfil",
		"cli.flag.store_default":      "databasfil (standard: i användarens datamapp)",
		"cli.flag.demo":               "öppna en ny demodatabas i en tillfällig mapp",
		"cli.flag.lang":               "språk: sv eller en",
		"cli.flag.version":            "visa version",
		"cli.flag.store_copy":         "databasfil att kopiera",
		"cli.flag.backup_out":         "kopians fil, som inte får finnas",
		"cli.flag.copy_from":          "databasen att kopiera: en fil eller en postgres://-adress",
		"cli.flag.copy_to":            "den nya databasen: en fil som inte får finnas eller en tom postgres://-databas",
		"cli.copy_need_from_to":       "ange databaserna med --from och --to",
		"cli.copy_same":               "--from och --to är samma databas",
		"cli.copy_written":            "%s är kopierad till %s.",
		"cli.backup_extra_argument":   "okänt argument %q; ange kopians fil med -o KOPIA",
		"cli.backup_need_out":         "ange kopians fil med -o KOPIA",
		"cli.backup_written":          "Säkerhetskopian är skriven till %s%s.",
		"cli.backup_check":            "Den öppnas som vilken databas som helst; kontrollera den med: styrgrupp check --store %s",
		"cli.byte":                    "byte",
		"cli.identity_usage":          "skriv styrgrupp identity new --name NAMN [--org ORGANISATION | --ca CA.p12] -o ID.p12",
		"cli.flag.identity_ca":        "organisationens certifikatutfärdare (.p12 från styrgrupp ca new eller från IT) som utfärdar identiteten",
		"cli.identity_org_with_ca":    "--org och --ca går inte ihop: en utfärdad identitet får utfärdarens organisation",
		"cli.identity_issued_until":   "Certifikatet är utfärdat av %s och gäller till %s.",
		"cli.trust_usage":             "skriv styrgrupp trust add --store FIL CA.pem [LISTA.crl …], trust list --store FIL eller trust remove --store FIL FINGERAVTRYCK",
		"cli.trust_need_add":          "ange filerna att lita på: utfärdarens certifikat (.pem, .crt, .cer) eller en spärrlista (.crl)",
		"cli.trust_need_remove":       "ange början på fingeravtrycket för filen att ta bort, som trust list visar det",
		"cli.trust_added_ca":          "Gruppen litar nu på utfärdaren %s (%s).",
		"cli.trust_added_crl":         "Spärrlistan från %s (%s) är inlagd: de certifikat den spärrar godtas inte.",
		"cli.trust_removed":           "%s (%s) är borttagen.",
		"cli.trust_remove_which":      "inget eller mer än ett betrott fingeravtryck börjar med %q; ange minst åtta tecken, som trust list visar dem",
		"cli.trust_none":              "Gruppen litar inte på någon utfärdare: signaturer kontrolleras bara mot sig själva.",
		"cli.trust_line_ca":           "utfärdare    %s\n             SHA-256 %s, inlagd %s av %s",
		"cli.trust_line_crl":          "spärrlista   %s\n             SHA-256 %s, inlagd %s av %s",
		"cli.ca_usage":                "skriv styrgrupp ca new --org ORGANISATION -o CA.p12 eller styrgrupp ca revoke --ca CA.p12 -o LISTA.crl CERT.pem …",
		"cli.flag.crl_out":            "filen att spara spärrlistan i (.crl)",
		"cli.flag.crl_serial":         "serienummer (hex) att spärra, åtskilda med komma",
		"cli.crl_need_ca":             "ange utfärdaren med --ca, t.ex. --ca ca.p12",
		"cli.crl_need_out":            "ange filen att spara spärrlistan i med -o, t.ex. -o spärrlista.crl",
		"cli.crl_need_certs":          "ange certifikaten att spärra (filerna .pem som identity new --ca skrev) eller --serial",
		"cli.crl_not_certificate":     "%s är inget certifikat (PEM eller DER)",
		"cli.crl_bad_serial":          "%q är inget serienummer i hex",
		"cli.crl_saved":               "Spärrlistan med %d certifikat, signerad av %s, är sparad i %s. Lägg in den med styrgrupp trust add.",
		"cli.identity_cert_beside":    "Certifikatet är sparat i %s (serienummer %s), för en spärrlista om identiteten måste spärras.",
		"cli.flag.ca_org":             "organisationen som utfärdar, t.ex. kommunens namn",
		"cli.flag.ca_out":             "filen att spara utfärdaren i (.p12); certifikatet sparas bredvid som .pem",
		"cli.ca_need_org":             "ange organisationen med --org, t.ex. --org \"Bollnäs kommun\"",
		"cli.ca_need_out":             "ange filen att spara utfärdaren i med -o, t.ex. -o ca.p12",
		"cli.ca_saved":                "Certifikatutfärdaren %s är sparad i %s, dess certifikat i %s.",
		"cli.ca_valid_until":          "Utfärdaren gäller till %s.",
		"cli.ca_next":                 "Utfärda ledamöternas identiteter med: styrgrupp identity new --ca %s --name NAMN -o namn.p12. Förvara utfärdarens fil och lösenfras säkert: den som har dem kan utfärda identiteter.",
		"cli.flag.identity_name":      "namnet på den som ska signera",
		"cli.flag.identity_org":       "organisationen, t.ex. kommunens namn",
		"cli.flag.identity_out":       "filen att spara identiteten i (.p12)",
		"cli.identity_need_name":      "ange namnet på den som ska signera med --name",
		"cli.identity_need_out":       "ange filen att spara identiteten i med -o, t.ex. -o namn.p12",
		"cli.passphrases_differ":      "lösenfraserna är olika; ingen identitet sparades",
		"cli.passphrase_unreadable":   "kunde inte läsa lösenfrasen:",
		"cli.identity_save_failed":    "kunde inte spara %s: %v",
		"cli.identity_saved":          "Signeringsidentiteten för %s är sparad i %s.",
		"cli.identity_valid_until":    "Certifikatet är självsignerat och gäller till %s.",
		"cli.identity_fingerprint":    "Fingeravtryck (SHA-256): %s",
		"cli.identity_hand_out":       "Lämna fingeravtrycket till dem som ska kontrollera dina signaturer; `styrgrupp verify` visar det för varje signatur.",
		"cli.passphrase_choose":       "Välj en lösenfras för %s: ",
		"cli.passphrase_again":        "Skriv lösenfrasen en gång till: ",
		"cli.passphrase_for":          "Lösenfras för %s: ",
		"cli.password_for":            "Lösenord för %s på %s: ",
		"cli.password_not_given":      "Servern %s vill ha ett lösenord för inloggningen %s, och det finns ingen terminal att fråga efter det på. Ge lösenordet i filen ~/.pgpass (eller den fil som PGPASSFILE anger), en rad värd:port:databas:inloggning:lösenord i en fil som bara du får läsa (chmod 600), eller i variabeln PGPASSWORD; eller kör kommandot i en terminal.",
		"cli.flag.dry_run":            "visa bara vad importen skulle göra",
		"cli.flag.create":             "skapa databasen om den inte finns",
		"cli.import_need_files":       "ange minst en fil att importera (.xlsx, .csv, .json eller .docx)",
		"cli.import_store_missing":    "hittar inte databasen %s; ange --create för att skapa en ny",
		"cli.import_nothing":          "Inget importerades: %d fel.",
		"cli.import_done":             "Importerat",
		"cli.import_dry_run":          "Torrkörning, inget sparat",
		"cli.import_counts":           "%s: %d nya, %d ändrade, %d oförändrade, %d vägrade",
		"cli.import_changed":          "  ändrad   %-6s %s (%s)",
		"cli.import_refused":          "  vägrad   %-6s %s: %s",
		"cli.import_followup_counts":  "Uppföljning: %d ändrade, %d oförändrade",
		"cli.import_followup_changed": "  ändrad   %-6s %s: %s",
		"cli.import_followup_step":    "             %s, %s: %s",
		"cli.flag.store_new":          "databasfil att skapa",
		"cli.demo_exists":             "%s finns redan; demodatabasen skrivs bara till en ny fil",
		"cli.demo_not_empty":          "%s är inte tom; demodatabasen skrivs bara till en ny, tom databas, och den lämnades orörd",
		"cli.demo_written":            "Demodatabasen är skriven till %s",
		"cli.flag.store_check":        "databasfil att kontrollera",
		"cli.check_integrity":         "integritet:",
		"cli.check_foreign_key":       "främmande nyckel:",
		"cli.check_minutes":           "justerat protokoll:",
		"cli.check_unlogged":          "granskningsloggen saknar rader efter rad %d: %s har ingen rad i loggen",
		"cli.check_broken":            "granskningsloggen är bruten vid rad %d (%s)",
		"cli.check_chain.hash":        "raden är ändrad",
		"cli.check_chain.link":        "en tidigare rad är ändrad eller borttagen",
		"cli.check_chain.sequence":    "en rad saknas",
		"cli.check_failed":            "KONTROLLEN MISSLYCKADES",
		"cli.check_ok":                "ok: integritet, främmande nycklar, granskningsloggen (%d rader) och de justerade protokollen håller",
		"cli.flag.format":             "json, csv eller docx",
		"cli.flag.template_format":    "docx",
		"cli.unknown_template_format": "okänt format %q för en mall: välj docx",
		"cli.flag.out_stdout":         "utfil (standard: standard ut)",
		"cli.unknown_format":          "okänt format %q: välj json, csv eller docx",
	},
	model.English: {
		"cli.usage": `Styrgrupp – decision support for the municipality's steering group

Usage:
  styrgrupp [--store FILE] [--lang sv|en] [FILE...]
                                               open the program (and import the files)
  styrgrupp --demo                             open the program on a new demo database
  styrgrupp demo --store FILE                  write a demo database
  styrgrupp check --store FILE                 check the database and the audit log
  styrgrupp backup --store FILE -o COPY        back the database up to a new file
  styrgrupp copy --from FILE --to FILE         copy the whole database, with its history and audit log,
                                               between SQLite files and PostgreSQL
  styrgrupp import --store FILE [--dry-run] [--create] FILE...
                                               import proposals and follow-up from .xlsx, .csv, .json or .docx
  styrgrupp export --store FILE --format json|csv|docx [-o OUT]
                                               export the proposals with their decisions (docx: the
                                               proposals as a Word document in the template's form)
  styrgrupp template --format docx [-o TEMPLATE.docx]
                                               write a Word template for proposals with an example
  styrgrupp minutes --store FILE --meeting N -o OUT.pdf [--sign ID.p12] [--lang sv|en] [--body NAME]
                                               write the meeting's minutes as a PDF
  styrgrupp extract --store FILE --meeting N --item § -o OUT.pdf [--sign ID.p12] [--lang sv|en]
                                               write an extract of the minutes for one paragraph
  styrgrupp basis --store FILE --proposal REF -o OUT.pdf [--comments] [--lang sv|en]
                                               write the proposal's decision basis
  styrgrupp followup-report --store FILE -o OUT.pdf [--sign ID.p12] [--lang sv|en] [--body NAME]
                                               write the follow-up report of the approved interventions
  styrgrupp handbook -o OUT.pdf [--lang sv|en]  write the user's handbook as PDF (as Help → Handbook)
  styrgrupp identity new --name NAME --org ORGANISATION -o ID.p12
                                               make a self-signed signing identity
  styrgrupp identity new --ca CA.p12 --name NAME -o ID.p12
                                               issue a member's identity from the organisation's authority
  styrgrupp ca new --org ORGANISATION -o CA.p12
                                               make a certificate authority for the group (and CA.pem beside it)
  styrgrupp ca revoke --ca CA.p12 -o LIST.crl CERT.pem …
                                               revoke members' identities (for trust add)
  styrgrupp trust add --store FILE CA.pem [LIST.crl …]
                                               trust an authority's members (and a revocation list); also list, remove
  styrgrupp sign --id ID.p12 FILE.pdf [-o OUT.pdf] [--reason TEXT] [--location PLACE]
                                               sign a PDF (several sign in turn)
  styrgrupp verify FILE.pdf [--store FILE]     check the signatures (and the fingerprints)
  styrgrupp server init --store postgres://…   set up an empty PostgreSQL database: the schema and the group
                                               roles (run by the database's owner, the IT department)
  styrgrupp server add-member --store postgres://… --login NAME --member "NAME" --role member|secretary
                      [--password-stdin]       give a member a login of their own (the password is asked twice)
  styrgrupp --version                          show the version

Wherever a database is given (--store, --from, --to), a PostgreSQL
database may be given by its URL: postgres://user@host/database. A
password the server wants is taken from ~/.pgpass (or the file PGPASSFILE
names) or PGPASSWORD, and else asked for on the terminal.

Every command takes --lang sv|en for its messages; without it the system's
locale (LC_ALL, LC_MESSAGES, LANG) decides, and Swedish when it names none.
`,
		"cli.error":                   "error:",
		"cli.warning":                 "warning:",
		"cli.details":                 "  details:",
		"cli.store_unreachable":       "The server %s does not answer (%s). The command stopped without saving anything half-done; run it again when the server answers. Check the network or ask IT whether the server is running.",
		"cli.unknown_command":         "unknown command %q",
		"cli.unknown_argument":        "unknown argument %q",
		"cli.unknown_language":        "unknown language %q: choose sv or en",
		"cli.need_store":              "give the database with --store FILE",
		"cli.store_migrated":          "note: %s was from an older version of Styrgrupp (schema %d) and is now upgraded to schema %d. A copy of the file as it was is in %s",
		"cli.store_not_found":         "cannot find the database %s",
		"cli.file_not_found":          "cannot find %s",
		"cli.translations_unreadable": "the translations could not be read:",
		"cli.flag.store":              "database file",
		"cli.flag.store_default":      "database file (default: in the user's data folder)",
		"cli.flag.demo":               "open a new demo database in a temporary folder",
		"cli.flag.lang":               "language: sv or en",
		"cli.flag.version":            "show the version",
		"cli.flag.store_copy":         "database file to copy",
		"cli.flag.backup_out":         "the copy's file, which must not exist",
		"cli.flag.copy_from":          "the database to copy: a file or a postgres:// URL",
		"cli.flag.copy_to":            "the new database: a file that must not exist or an empty postgres:// database",
		"cli.copy_need_from_to":       "give the databases with --from and --to",
		"cli.copy_same":               "--from and --to are the same database",
		"cli.copy_written":            "%s is copied to %s.",
		"cli.backup_extra_argument":   "unknown argument %q; give the copy's file with -o COPY",
		"cli.backup_need_out":         "give the copy's file with -o COPY",
		"cli.backup_written":          "The backup is written to %s%s.",
		"cli.backup_check":            "It opens like any database; check it with: styrgrupp check --store %s",
		"cli.byte":                    "bytes",
		"cli.identity_usage":          "write styrgrupp identity new --name NAME [--org ORGANISATION | --ca CA.p12] -o ID.p12",
		"cli.flag.identity_ca":        "the organisation's certificate authority (.p12 from styrgrupp ca new or from IT) that issues the identity",
		"cli.identity_org_with_ca":    "--org and --ca do not go together: an issued identity gets its authority's organisation",
		"cli.identity_issued_until":   "The certificate is issued by %s and valid until %s.",
		"cli.trust_usage":             "write styrgrupp trust add --store FILE CA.pem [LIST.crl …], trust list --store FILE or trust remove --store FILE FINGERPRINT",
		"cli.trust_need_add":          "give the files to trust: the authority's certificate (.pem, .crt, .cer) or a revocation list (.crl)",
		"cli.trust_need_remove":       "give the start of the fingerprint of the file to remove, as trust list shows it",
		"cli.trust_added_ca":          "The group now trusts the authority %s (%s).",
		"cli.trust_added_crl":         "The revocation list from %s (%s) is added: the certificates it revokes are not accepted.",
		"cli.trust_removed":           "%s (%s) is removed.",
		"cli.trust_remove_which":      "no trusted fingerprint, or more than one, starts with %q; give at least eight characters, as trust list shows them",
		"cli.trust_none":              "The group trusts no authority: signatures are only checked against themselves.",
		"cli.trust_line_ca":           "authority    %s\n             SHA-256 %s, added %s by %s",
		"cli.trust_line_crl":          "revocations  %s\n             SHA-256 %s, added %s by %s",
		"cli.ca_usage":                "write styrgrupp ca new --org ORGANISATION -o CA.p12 or styrgrupp ca revoke --ca CA.p12 -o LIST.crl CERT.pem …",
		"cli.flag.crl_out":            "the file to save the revocation list in (.crl)",
		"cli.flag.crl_serial":         "serial numbers (hex) to revoke, separated by commas",
		"cli.crl_need_ca":             "give the authority with --ca, e.g. --ca ca.p12",
		"cli.crl_need_out":            "give the file to save the revocation list in with -o, e.g. -o revoked.crl",
		"cli.crl_need_certs":          "give the certificates to revoke (the .pem files identity new --ca wrote) or --serial",
		"cli.crl_not_certificate":     "%s is not a certificate (PEM or DER)",
		"cli.crl_bad_serial":          "%q is not a serial number in hex",
		"cli.crl_saved":               "The revocation list of %d certificates, signed by %s, is saved in %s. Add it with styrgrupp trust add.",
		"cli.identity_cert_beside":    "The certificate is saved in %s (serial number %s), for a revocation list should the identity have to be revoked.",
		"cli.flag.ca_org":             "the issuing organisation, e.g. the municipality's name",
		"cli.flag.ca_out":             "the file to save the authority in (.p12); its certificate is saved beside it as .pem",
		"cli.ca_need_org":             "give the organisation with --org, e.g. --org \"Bollnäs kommun\"",
		"cli.ca_need_out":             "give the file to save the authority in with -o, e.g. -o ca.p12",
		"cli.ca_saved":                "The certificate authority %s is saved in %s, its certificate in %s.",
		"cli.ca_valid_until":          "The authority is valid until %s.",
		"cli.ca_next":                 "Issue the members' identities with: styrgrupp identity new --ca %s --name NAME -o name.p12. Keep the authority's file and passphrase safe: whoever has them can issue identities.",
		"cli.flag.identity_name":      "the name of the person who will sign",
		"cli.flag.identity_org":       "the organisation, e.g. the municipality's name",
		"cli.flag.identity_out":       "the file to save the identity in (.p12)",
		"cli.identity_need_name":      "give the name of the person who will sign with --name",
		"cli.identity_need_out":       "give the file to save the identity in with -o, e.g. -o name.p12",
		"cli.passphrases_differ":      "the passphrases differ; no identity was saved",
		"cli.passphrase_unreadable":   "could not read the passphrase:",
		"cli.identity_save_failed":    "could not save %s: %v",
		"cli.identity_saved":          "The signing identity of %s is saved in %s.",
		"cli.identity_valid_until":    "The certificate is self-signed and valid until %s.",
		"cli.identity_fingerprint":    "Fingerprint (SHA-256): %s",
		"cli.identity_hand_out":       "Give the fingerprint to those who will check your signatures; `styrgrupp verify` shows it for each signature.",
		"cli.passphrase_choose":       "Choose a passphrase for %s: ",
		"cli.passphrase_again":        "Type the passphrase once more: ",
		"cli.passphrase_for":          "Passphrase for %s: ",
		"cli.password_for":            "Password for %s on %s: ",
		"cli.password_not_given":      "The server %s wants a password for the login %s, and there is no terminal to ask for it on. Give the password in the file ~/.pgpass (or the file PGPASSFILE names), a line host:port:database:login:password in a file only you may read (chmod 600), or in the variable PGPASSWORD; or run the command in a terminal.",
		"cli.flag.dry_run":            "only show what the import would do",
		"cli.flag.create":             "create the database if it does not exist",
		"cli.import_need_files":       "give at least one file to import (.xlsx, .csv, .json or .docx)",
		"cli.import_store_missing":    "cannot find the database %s; give --create to create a new one",
		"cli.import_nothing":          "Nothing was imported: %d errors.",
		"cli.import_done":             "Imported",
		"cli.import_dry_run":          "Dry run, nothing saved",
		"cli.import_counts":           "%s: %d new, %d changed, %d unchanged, %d refused",
		"cli.import_changed":          "  changed  %-6s %s (%s)",
		"cli.import_refused":          "  refused  %-6s %s: %s",
		"cli.import_followup_counts":  "Follow-up: %d changed, %d unchanged",
		"cli.import_followup_changed": "  changed  %-6s %s: %s",
		"cli.import_followup_step":    "             %s, %s: %s",
		"cli.flag.store_new":          "database file to create",
		"cli.demo_exists":             "%s already exists; the demo database is only written to a new file",
		"cli.demo_not_empty":          "%s is not empty; the demo database is only written to a new, empty database, and it was left untouched",
		"cli.demo_written":            "The demo database is written to %s",
		"cli.flag.store_check":        "database file to check",
		"cli.check_integrity":         "integrity:",
		"cli.check_foreign_key":       "foreign key:",
		"cli.check_minutes":           "signed-off minutes:",
		"cli.check_unlogged":          "the audit log lacks rows after row %d: %s has no row in the log",
		"cli.check_broken":            "the audit log is broken at row %d (%s)",
		"cli.check_chain.hash":        "the row is changed",
		"cli.check_chain.link":        "an earlier row is changed or removed",
		"cli.check_chain.sequence":    "a row is missing",
		"cli.check_failed":            "THE CHECK FAILED",
		"cli.check_ok":                "ok: integrity, foreign keys, the audit log (%d rows) and the signed-off minutes hold",
		"cli.flag.format":             "json, csv or docx",
		"cli.flag.template_format":    "docx",
		"cli.unknown_template_format": "unknown format %q for a template: choose docx",
		"cli.flag.out_stdout":         "output file (default: standard output)",
		"cli.unknown_format":          "unknown format %q: choose json, csv or docx",
	},
}

func init() { model.AddMessages(cliMessages) }

// cliLang is the language of the command line's messages, set by run for
// each command line: --lang, or else the system's locale.
var cliLang = model.Swedish

// msg returns the catalogue's message for key in cliLang, formatted with
// args.
func msg(key string, args ...any) string { return model.Message(cliLang, key, args...) }

// messageLanguage returns the language args ask for with --lang (or
// -lang, --lang=…) before a lone "--", and the value when it names no
// language; without the flag the system's locale decides (LC_ALL,
// LC_MESSAGES, LANG: syslocale.Language), and Swedish when it names none.
func messageLanguage(args []string, getenv func(string) string) (l model.Language, bad string) {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				break
			}
			value = args[i+1]
		}
		if l, ok := model.ParseLanguage(value); ok {
			return l, ""
		}
		return systemLanguage(getenv), value
	}
	return systemLanguage(getenv), ""
}

// systemLanguage is the language the system's locale names, or Swedish.
func systemLanguage(getenv func(string) string) model.Language {
	if l, ok := model.ParseLanguage(syslocale.Language(getenv)); ok {
		return l
	}
	return model.Swedish
}

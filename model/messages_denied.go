package model

// deniedMessages are the reasons a shared store's server gives for
// refusing a member's login what it asked (the argument of store_denied),
// and the messages of the server's own set-up (styrgrupp server init and
// add-member). A reason is a clause: store_denied puts it after a colon.
var deniedMessages = map[Language]map[string]string{
	Swedish: {
		"denied.comment":     "en medlem skriver, ändrar, tar bort och löser kommentarer bara i sitt eget namn.",
		"denied.sign_off":    "en medlem skriver bara under för sig själv, i den roll sammanträdet anger (ordförande eller justerare), och mötet låses först när båda har skrivit under.",
		"denied.secretary":   "bara sekreteraren registrerar beslut, importerar och ändrar förslag, sammanträden, ledamöter och uppföljningar.",
		"denied.audit":       "granskningsloggen kan ingen ändra eller ta bort rader ur.",
		"denied.author":      "det som sparas registreras i den inloggade medlemmens namn, aldrig i någon annans.",
		"denied.protocol":    "det signerade protokollet sparas av sekreteraren, ordföranden eller justeraren.",
		"denied.owner":       "det gör bara databasens ägare (IT-avdelningen), med styrgrupp server.",
		"denied.create_role": "den som kör kommandot måste få skapa roller (CREATEROLE); be IT köra det som databasens ägare.",
		"denied.connect":     "inloggningen får inte ansluta till databasen. Be IT ge den en ledamot med styrgrupp server add-member.",
		"denied.upgrade":     "databasen är från en äldre version av Styrgrupp, och bara databasens ägare får uppgradera den. Be IT köra styrgrupp server init med den här versionen.",
		"denied.other":       "inloggningen har inte behörighet till det.",

		"server_not_empty":       "Databasen %s innehåller redan tabeller som inte är Styrgrupps. Ange en tom databas.",
		"server_not_initialized": "Databasen %s är inte förberedd för inloggningar. Kör först styrgrupp server init --store %s.",
		"server_login_invalid":   "Inloggningsnamnet %q går inte att använda: välj små bokstäver a–z, siffror och _ . - @, högst 63 tecken, och inte ett namn som börjar med pg_.",
		"server_login_reserved":  "Inloggningen %s är databasens ägare eller en superanvändare och kan inte knytas till en ledamot.",
		"server_member_mapped":   "%s har redan inloggningen %s.",
		"server_password_needed": "Inloggningen %s finns inte än och behöver ett lösenord.",
	},
	English: {
		"denied.comment":     "a member writes, edits, deletes and resolves comments in their own name only.",
		"denied.sign_off":    "a member signs off only for themselves, in the role the meeting names them for (chair or adjuster), and the meeting is locked only once both have signed.",
		"denied.secretary":   "only the secretary records decisions, runs imports and changes proposals, meetings, members and follow-ups.",
		"denied.audit":       "nobody can change the audit log or remove rows from it.",
		"denied.author":      "what is saved is recorded in the signed-in member's name, never in anyone else's.",
		"denied.protocol":    "the signed protocol is saved by the secretary, the chair or the adjuster.",
		"denied.owner":       "only the database's owner (the IT department) does that, with styrgrupp server.",
		"denied.create_role": "whoever runs the command must be allowed to create roles (CREATEROLE); ask IT to run it as the database's owner.",
		"denied.connect":     "the login may not connect to the database. Ask IT to give it a member with styrgrupp server add-member.",
		"denied.upgrade":     "the database is from an older version of Styrgrupp, and only the database's owner may upgrade it. Ask IT to run styrgrupp server init with this version.",
		"denied.other":       "the login has no right to do that.",

		"server_not_empty":       "The database %s already holds tables that are not Styrgrupp's. Give an empty database.",
		"server_not_initialized": "The database %s is not set up for logins. Run styrgrupp server init --store %s first.",
		"server_login_invalid":   "The login name %q cannot be used: choose lower-case letters a–z, digits and _ . - @, at most 63 characters, and not a name beginning with pg_.",
		"server_login_reserved":  "The login %s is the database's owner or a superuser and cannot be mapped to a member.",
		"server_member_mapped":   "%s already has the login %s.",
		"server_password_needed": "The login %s does not exist yet and needs a password.",
	},
}

func init() { AddMessages(deniedMessages) }

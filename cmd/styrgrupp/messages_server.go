package main

import (
	"maps"

	"github.com/styrgrupp/styrgrupp/model"
)

// serverMessages are the messages of styrgrupp server (server_cmd.go);
// they join cliMessages before it joins the model's catalogue.
var serverMessages = map[model.Language]map[string]string{
	model.Swedish: {
		"cli.server_usage":               "skriv styrgrupp server init --store postgres://… eller styrgrupp server add-member --store postgres://… --login NAMN --member \"FÖR- OCH EFTERNAMN\" --role member|secretary",
		"cli.server_need_url":            "ange serverns databas med --store postgres://ägare@värd/databas",
		"cli.server_need_login":          "ange medlemmens inloggning med --login, t.ex. --login anna",
		"cli.server_need_member":         "ange vilken ledamot inloggningen hör till med --member \"För- och efternamn\"",
		"cli.server_role_invalid":        "rollen %q finns inte: välj member eller secretary",
		"cli.server_password_for":        "Lösenord för den nya inloggningen %s: ",
		"cli.server_passwords_differ":    "lösenorden är inte lika; inget är ändrat",
		"cli.server_password_empty":      "lösenordet får inte vara tomt",
		"cli.server_password_unreadable": "lösenordet kunde inte läsas:",
		"cli.server_initialized":         "Databasen %s är förberedd för Styrgrupp: schemat finns och grupprollerna %s (ledamöter) och %s (sekreterare). Ge varje ledamot en inloggning med styrgrupp server add-member.",
		"cli.server_member_added":        "Inloggningen %s hör till %s, med behörighet som %s.",
		"cli.server_role.member":         "ledamot",
		"cli.server_role.secretary":      "sekreterare",
		"cli.flag.server_store":          "serverns databas: postgres://ägare@värd/databas",
		"cli.flag.server_login":          "medlemmens inloggning (PostgreSQL-roll)",
		"cli.flag.server_member":         "ledamotens namn, som i Styrgrupp; ledamoten skapas om ingen heter så",
		"cli.flag.server_role":           "member (ledamot) eller secretary (sekreterare)",
		"cli.flag.server_password_stdin": "läs lösenordet från första raden på standard in",
	},
	model.English: {
		"cli.server_usage":               "write styrgrupp server init --store postgres://… or styrgrupp server add-member --store postgres://… --login NAME --member \"FIRST AND LAST NAME\" --role member|secretary",
		"cli.server_need_url":            "give the server's database with --store postgres://owner@host/database",
		"cli.server_need_login":          "give the member's login with --login, e.g. --login anna",
		"cli.server_need_member":         "give the member the login belongs to with --member \"First and last name\"",
		"cli.server_role_invalid":        "there is no role %q: choose member or secretary",
		"cli.server_password_for":        "Password for the new login %s: ",
		"cli.server_passwords_differ":    "the passwords differ; nothing is changed",
		"cli.server_password_empty":      "the password must not be empty",
		"cli.server_password_unreadable": "the password could not be read:",
		"cli.server_initialized":         "The database %s is set up for Styrgrupp: the schema is there, and the group roles %s (members) and %s (secretary). Give each member a login with styrgrupp server add-member.",
		"cli.server_member_added":        "The login %s belongs to %s, with the rights of %s.",
		"cli.server_role.member":         "a member",
		"cli.server_role.secretary":      "the secretary",
		"cli.flag.server_store":          "the server's database: postgres://owner@host/database",
		"cli.flag.server_login":          "the member's login (a PostgreSQL role)",
		"cli.flag.server_member":         "the member's name, as in Styrgrupp; the member is created when no one has that name",
		"cli.flag.server_role":           "member or secretary",
		"cli.flag.server_password_stdin": "read the password from the first line of standard input",
	},
}

// The blank variable makes serverMessages part of cliMessages, as a
// variable's initializer: those run before messages.go's init hands
// cliMessages to the catalogue.
var _ = joinMessages(cliMessages, serverMessages)

func joinMessages(into, from map[model.Language]map[string]string) bool {
	for l, m := range from {
		maps.Copy(into[l], m)
	}
	return true
}

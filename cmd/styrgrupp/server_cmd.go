package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// runServer runs the commands of a shared store's server, which the
// database's owner (the IT department) runs: server init and server
// add-member.
func runServer(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "init":
			return runServerInit(ctx, args[1:], stdout, stderr)
		case "add-member":
			return runServerAddMember(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprint(stderr, msg("cli.error")+" "+msg("cli.server_usage")+"\n\n", msg("cli.usage"))
	return exitUsage
}

// serverFlags parses a server command's flags: --store, which must be a
// postgres:// URL, --lang, and those more adds; ok is false when the
// command is to stop with code.
func serverFlags(name string, args []string, stderr io.Writer, more func(fs *flag.FlagSet)) (store string, code int, ok bool) {
	fs := newFlagSet(name, stderr)
	url := fs.String("store", "", msg("cli.flag.server_store"))
	fs.String("lang", "", msg("cli.flag.lang"))
	more(fs)
	if err := fs.Parse(args); err != nil {
		return "", exitUsage, false
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.unknown_argument", fs.Arg(0)))
		return "", exitUsage, false
	case !outfile.IsURL(*url):
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.server_need_url"))
		return "", exitUsage, false
	}
	return *url, exitOK, true
}

// runServerInit creates the schema and the group roles in an empty
// database, or checks them on a Styrgrupp store (postgres.InitServer).
func runServerInit(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	url, code, ok := serverFlags("server init", args, stderr, func(*flag.FlagSet) {})
	if !ok {
		return code
	}
	s, err := postgres.InitServer(ctx, url)
	if err != nil {
		return fail(stderr, err)
	}
	defer s.Close()
	member, secretary, err := s.Groups(ctx)
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintln(stdout, msg("cli.server_initialized", s.Path(), member, secretary))
	return exitOK
}

// runServerAddMember gives a member a login of their own: it creates the
// login (with a password typed twice, or one line of stdin with
// --password-stdin) when it is missing, the member when no member has that
// name, maps the login to the member and grants it the role asked for.
func runServerAddMember(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var login, member, role *string
	var passwordStdin *bool
	url, code, ok := serverFlags("server add-member", args, stderr, func(fs *flag.FlagSet) {
		login = fs.String("login", "", msg("cli.flag.server_login"))
		member = fs.String("member", "", msg("cli.flag.server_member"))
		role = fs.String("role", "member", msg("cli.flag.server_role"))
		passwordStdin = fs.Bool("password-stdin", false, msg("cli.flag.server_password_stdin"))
	})
	if !ok {
		return code
	}
	name := norm.NFC.String(strings.TrimSpace(*member))
	switch {
	case *login == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.server_need_login"))
		return exitUsage
	case name == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.server_need_member"))
		return exitUsage
	case *role != "member" && *role != "secretary":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.server_role_invalid", *role))
		return exitUsage
	}
	s, err := postgres.Open(ctx, url)
	if err != nil {
		return fail(stderr, err)
	}
	defer s.Close()
	l := postgres.Login{Name: *login, Secretary: *role == "secretary"}
	exists, err := s.HasLogin(ctx, l.Name)
	if err != nil {
		return fail(stderr, err)
	}
	if *passwordStdin || !exists {
		if l.Password, code = loginPassword(l.Name, *passwordStdin, stderr); code != exitOK {
			return code
		}
	}
	m, err := memberNamed(ctx, s, name, l.Secretary)
	if err != nil {
		return fail(stderr, err)
	}
	l.MemberID = m.ID
	if err := s.AddLogin(ctx, l); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintln(stdout, msg("cli.server_member_added", l.Name, m.Name, msg("cli.server_role."+*role)))
	return exitOK
}

// loginPassword reads a new login's password: one line of stdin, or typed
// twice on the terminal without echo. It is never printed.
func loginPassword(login string, fromStdin bool, stderr io.Writer) (string, int) {
	var p string
	var err error
	if fromStdin {
		p, err = readLine(stdin)
	} else if p, err = askPassphrase(msg("cli.server_password_for", login), stderr); err == nil {
		var again string
		if again, err = askPassphrase(msg("cli.passphrase_again"), stderr); err == nil && again != p {
			fmt.Fprintln(stderr, msg("cli.error"), msg("cli.server_passwords_differ"))
			return "", exitUsage
		}
	}
	switch {
	case err != nil:
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.server_password_unreadable"), err)
		return "", exitUsage
	case p == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.server_password_empty"))
		return "", exitUsage
	}
	return p, exitOK
}

// memberNamed returns the member called name, created (with the standing
// role of secretary or member) when no member has that name.
func memberNamed(ctx context.Context, s model.MemberStore, name string, secretary bool) (model.Member, error) {
	ms, err := s.Members(ctx)
	if err != nil {
		return model.Member{}, err
	}
	for _, m := range ms {
		if m.Name == name {
			return m, nil
		}
	}
	role := model.MemberRoleMember
	if secretary {
		role = model.MemberRoleSecretary
	}
	return s.CreateMember(ctx, model.Member{Name: name, Role: role, Active: true})
}

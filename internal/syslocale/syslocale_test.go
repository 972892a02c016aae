package syslocale

import "testing"

func TestFix(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "C.UTF-8"}, Fallback},
		{map[string]string{"LC_ALL": "POSIX.utf8", "LANG": "sv_SE.UTF-8"}, Fallback},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "en"}, "en"},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{"LANG": "sv_SE.UTF-8"}, ""},
		{map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "C.UTF-8"}, ""},
		{map[string]string{}, ""},
	} {
		env := map[string]string{}
		for k, v := range c.env {
			env[k] = v
		}
		Fix(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if env["LANGUAGE"] != c.want {
			t.Errorf("%v: LANGUAGE %q, want %q", c.env, env["LANGUAGE"], c.want)
		}
	}
}

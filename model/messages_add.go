package model

import "fmt"

// Message returns the catalogue's message for key in language l, with
// args put in as an Error's are (a value with a label is named in l); a
// program's own messages, added with AddMessages, are found as the
// domain's are.
func Message(l Language, key string, args ...any) string {
	return (&Error{Key: key, Args: args}).Message(l)
}

// AddMessages adds a program's own messages, such as the command line's,
// to the catalogue, so that they are chosen and formatted by the one
// mechanism the domain's messages use. Call it from an init function: a
// key the catalogue already has stops the program as it starts, since
// one of the two would silently be shown for the other.
func AddMessages(msgs map[Language]map[string]string) {
	for l, m := range msgs {
		if catalogue[l] == nil {
			catalogue[l] = map[string]string{}
		}
		for k, v := range m {
			if _, ok := catalogue[l][k]; ok {
				panic(fmt.Sprintf("model: the message %q (%s) is defined twice", k, l))
			}
			catalogue[l][k] = v
		}
	}
}

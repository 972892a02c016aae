package model

// commentMessages are the messages of editing and deleting comments
// (comment.go) and of the stores' refusals of them.
var commentMessages = map[Language]map[string]string{
	Swedish: {
		"comment_decided": "Förslaget %s är beslutat; kommentarerna kan inte längre ändras eller tas bort.",
		"comment_locked":  "Förslaget är beslutat; kommentarerna kan inte längre ändras eller tas bort.",
		"comment_not_own": "Du kan bara ändra och ta bort dina egna kommentarer.",
		"comment_deleted": "Kommentaren är borttagen.",
	},
	English: {
		"comment_decided": "Proposal %s is decided; its comments can no longer be changed or deleted.",
		"comment_locked":  "The proposal is decided; its comments can no longer be changed or deleted.",
		"comment_not_own": "You can only edit and delete your own comments.",
		"comment_deleted": "The comment has been deleted.",
	},
}

func init() { AddMessages(commentMessages) }

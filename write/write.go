// Package write changes content for the API's editors. Each change is one
// transaction that also writes its audit row (who, what, when, the values
// before and after), so a write and its record stand or fall together.
// Problems with the input come back as UserErrors, each on its field:
// checked here first where Go can say it better, and otherwise from the
// named rules of the database (a taken slug, a verified fact without a
// source), never as database text.
package write

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jmoiron/sqlx"

	"learningapi/store"
)

// Code is the kind of problem a UserError reports; the schema's
// UserErrorCode names the same values.
type Code string

// The kinds of problem.
const (
	Required      Code = "REQUIRED"
	TooLong       Code = "TOO_LONG"
	InvalidFormat Code = "INVALID_FORMAT"
	Taken         Code = "TAKEN"
	InvalidValue  Code = "INVALID_VALUE"
	NotFound      Code = "NOT_FOUND"
	Conflict      Code = "CONFLICT"
)

// UserError is one problem with an input, on the field at fault.
type UserError struct {
	Field   []string
	Message string
	Code    Code
}

// Problems collects the UserErrors of one input.
type Problems []UserError

func (p *Problems) add(field string, code Code, format string, a ...any) {
	*p = append(*p, UserError{Field: []string{"input", field}, Message: fmt.Sprintf(format, a...), Code: code})
}

// text checks a text field: required (holding something visible) if
// asked, at most max characters, and free of control and invisible
// formatting characters (a body may hold line breaks and tabs).
func (p *Problems) text(field string, value *string, required bool, max int) {
	switch {
	case value != nil && !utf8.ValidString(*value):
		p.add(field, InvalidFormat, "%s is not valid UTF-8", field)
	case value != nil && strings.IndexFunc(*value, hidden(field == "body")) >= 0:
		p.add(field, InvalidFormat, "%s holds a control or invisible character", field)
	case value == nil || strings.TrimSpace(*value) == "":
		if required {
			p.add(field, Required, "%s is required", field)
		}
	case utf8.RuneCountInString(*value) > max:
		p.add(field, TooLong, "%s is %d characters long; the most allowed is %d", field, utf8.RuneCountInString(*value), max)
	}
}

// hidden reports the characters a text may not hold: controls (NUL,
// escapes) and invisible formatting characters (zero-width spaces), with
// line breaks and tabs allowed in multi-line text.
func hidden(multiline bool) func(rune) bool {
	return func(r rune) bool {
		if multiline && (r == '\n' || r == '\r' || r == '\t') {
			return false
		}
		return unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
	}
}

var slugFormat = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// slug checks a slug given by the client.
func (p *Problems) slug(value *string) {
	switch {
	case value == nil:
	case len(*value) > maxSlug:
		p.add("slug", TooLong, "slug is %d characters long; the most allowed is %d", len(*value), maxSlug)
	case !slugFormat.MatchString(*value):
		p.add("slug", InvalidFormat, "a slug is lowercase letters and digits in words joined by single hyphens, such as shared-lives-guide")
	}
}

// url checks an external address.
func (p *Problems) url(field string, value *string) {
	if value != nil && !httpsURL.MatchString(*value) {
		p.add(field, InvalidFormat, "%s must be an https:// address with no spaces", field)
	}
}

var httpsURL = regexp.MustCompile(`^https://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$`)

const maxSlug = 120

// slugFrom makes a slug from a title: lowercase letters and digits, words
// joined by hyphens, cut at a word to fit.
func slugFrom(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	s := strings.Join(words, "-")
	for len(s) > maxSlug-4 { // room for a -NNN suffix
		i := strings.LastIndexByte(s, '-')
		if i <= 0 {
			s = s[:maxSlug-4]
			break
		}
		s = s[:i]
	}
	if s == "" {
		s = "untitled"
	}
	return s
}

// freeSlug is base, or base-2, base-3... the first no record of table has.
// It holds a lock on base until the transaction ends, so two records given
// the same title at once get different slugs.
func freeSlug(ctx context.Context, tx *sqlx.Tx, table, base string) (string, error) {
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, "slug:"+table+":"+base); err != nil {
		return "", err
	}
	var taken []string
	if err := tx.SelectContext(ctx, &taken, `SELECT slug FROM `+table+` WHERE slug = $1 OR slug LIKE $1 || '-%'`, base); err != nil {
		return "", err
	}
	used := map[string]bool{}
	for _, s := range taken {
		used[s] = true
	}
	candidate := base
	for n := 2; used[candidate]; n++ {
		candidate = fmt.Sprintf("%s-%d", base, n)
	}
	return candidate, nil
}

// rule is what a named database rule means for the client.
type rule struct {
	field   string
	code    Code
	message string
}

// fromConstraint turns a broken database rule into a UserError, if rules
// knows it; ok is false for any other error.
func fromConstraint(err error, rules map[string]rule) (UserError, bool) {
	var c *store.ConstraintError
	if !errors.As(err, &c) {
		return UserError{}, false
	}
	r, known := rules[c.Constraint]
	if !known {
		r = rule{code: InvalidValue, message: "the input breaks a rule of the data (" + c.Constraint + ")"}
	}
	field := []string{"input"}
	if r.field != "" {
		field = append(field, r.field)
	}
	return UserError{Field: field, Message: r.message, Code: r.code}, true
}

// change runs fn in one transaction, which fn's problems do not stop (it
// returns nil after noting them, and writes nothing); a broken database
// rule becomes a UserError by rules, and the transaction is undone.
func change(ctx context.Context, db *store.DB, rules map[string]rule, fn func(tx *sqlx.Tx, problems *Problems) error) (Problems, error) {
	var problems Problems
	err := db.InTx(ctx, func(tx *sqlx.Tx) error { return fn(tx, &problems) })
	err = store.Classify(err)
	if ue, ok := fromConstraint(err, rules); ok {
		return append(problems, ue), nil
	}
	return problems, err
}

// audit writes the audit row of a write, inside its transaction.
func audit(ctx context.Context, tx *sqlx.Tx, actor *store.APIKey, action, recordType string, id int64, before, after json.RawMessage) error {
	var b any
	if before != nil {
		b = []byte(before)
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO audit_log (api_key_id, key_name, action, record_type, record_id, before, after)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, actor.ID, actor.Name, action, recordType, id, b, []byte(after))
	return err
}

// remembered returns the record an earlier create with the same
// idempotency key made, or 0. It first takes a lock on the key for the
// rest of the transaction, so two creates sent at once with one key make
// one record: the second waits, then finds the first's.
func remembered(ctx context.Context, tx *sqlx.Tx, actor *store.APIKey, key, recordType string) (int64, error) {
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))`, actor.ID, key); err != nil {
		return 0, err
	}
	var id int64
	err := tx.GetContext(ctx, &id, `SELECT record_id FROM idempotent_create WHERE api_key_id = $1 AND idempotency_key = $2 AND record_type = $3`,
		actor.ID, key, recordType)
	if err != nil && !errors.Is(err, errNoRows) {
		return 0, err
	}
	return id, nil
}

func remember(ctx context.Context, tx *sqlx.Tx, actor *store.APIKey, key, recordType string, id int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO idempotent_create (api_key_id, idempotency_key, record_type, record_id) VALUES ($1, $2, $3, $4)`,
		actor.ID, key, recordType, id)
	return err
}

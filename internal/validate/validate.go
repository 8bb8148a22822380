// Package validate holds Brug's input checks and the error they return.
//
// A FieldError names the input field that was wrong, so the GraphQL error
// presenter can answer BAD_USER_INPUT (or NOT_FOUND for a reference to an
// object that does not exist for the caller) with the offending field in the
// error's extensions. Checks that ent cannot express per field (ranges that
// depend on two fields, references across edges) live in ent hooks and
// return these errors.
package validate

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// FieldError reports invalid input for one field.
type FieldError struct {
	// Field is the GraphQL name of the input field, e.g. "minAge".
	Field string
	// Message says what is wrong in words a user can act on.
	Message string
	// NotFound is true when the field references an object the caller cannot see.
	NotFound bool
}

// Error implements error.
func (e *FieldError) Error() string { return e.Field + ": " + e.Message }

// Fieldf returns a FieldError for field with a formatted message.
func Fieldf(field, format string, args ...any) error {
	return &FieldError{Field: field, Message: fmt.Sprintf(format, args...)}
}

// NotFound returns a FieldError for a reference in field to an object that
// does not exist or belongs to another tenant.
func NotFound(field, id string) error {
	return &FieldError{Field: field, Message: fmt.Sprintf("no object with id %q", id), NotFound: true}
}

// AsFieldError returns the FieldError in err's chain, if any.
func AsFieldError(err error) (*FieldError, bool) {
	var fe *FieldError
	ok := errors.As(err, &fe)
	return fe, ok
}

var nonDigits = regexp.MustCompile(`[^0-9]`)

// ErrKBO is returned for a malformed Belgian enterprise number.
var ErrKBO = errors.New("enterprise number must be 10 digits starting with 0 or 1, with a valid mod-97 check (e.g. 0123.456.749)")

// KBO checks a Belgian enterprise number (KBO/BCE): ten digits, the first 0
// or 1, the last two equal to 97 minus the first eight modulo 97. Dots and
// spaces are allowed; NormalizeKBO gives the canonical form.
func KBO(s string) error {
	_, err := NormalizeKBO(s)
	return err
}

// NormalizeKBO returns the enterprise number as "0123.456.749" or ErrKBO.
func NormalizeKBO(s string) (string, error) {
	if strings.ContainsFunc(s, func(r rune) bool { return !strings.ContainsRune("0123456789. ", r) }) {
		return "", ErrKBO
	}
	d := nonDigits.ReplaceAllString(s, "")
	if len(d) == 9 { // the old nine-digit form gets a leading zero
		d = "0" + d
	}
	if len(d) != 10 || (d[0] != '0' && d[0] != '1') {
		return "", ErrKBO
	}
	base, _ := strconv.Atoi(d[:8])
	check, _ := strconv.Atoi(d[8:])
	if 97-base%97 != check {
		return "", ErrKBO
	}
	return d[:4] + "." + d[4:7] + "." + d[7:], nil
}

// Language checks that code is a two-letter ISO 639-1 language code in lower case.
func Language(code string) error {
	if len(code) != 2 || strings.ToLower(code) != code {
		return fmt.Errorf("%q is not a two-letter ISO 639-1 code", code)
	}
	if _, err := language.ParseBase(code); err != nil {
		return fmt.Errorf("%q is not an ISO 639-1 language", code)
	}
	return nil
}

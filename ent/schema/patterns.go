package schema

import "regexp"

var (
	slugPattern     = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	nisPattern      = regexp.MustCompile(`^[0-9]{5}$`)
	postcodePattern = regexp.MustCompile(`^[1-9][0-9]{3}$`)
	emailPattern    = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)
	websitePattern  = regexp.MustCompile(`^https?://[^\s/$.?#].[^\s]*$`)
	phonePattern    = regexp.MustCompile(`^\+?[0-9 ./()-]{6,20}$`)
	countryPattern  = regexp.MustCompile(`^BE$`)
)

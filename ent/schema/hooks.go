package schema

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"entgo.io/ent"

	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/geo"
	"github.com/kansrijk/brug/internal/validate"
)

// onCreateOrUpdateOne wraps a check that runs before creates and single-row updates.
func onCreateOrUpdateOne(check func(context.Context, ent.Mutation) error) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate | ent.OpUpdateOne) {
				if err := check(ctx, m); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// current returns the value a field will have after the mutation: the new
// value if set, nil if cleared, else the stored one (single-row updates) or
// nil (creates, where ent has already applied defaults).
func current(ctx context.Context, m ent.Mutation, name string) (ent.Value, error) {
	if v, ok := m.Field(name); ok {
		return v, nil
	}
	if m.FieldCleared(name) || !m.Op().Is(ent.OpUpdateOne) {
		return nil, nil
	}
	v, err := m.OldField(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("reading stored %s: %w", name, err)
	}
	return v, nil
}

// intValue unwraps an int or *int field value; ok is false for null.
func intValue(v ent.Value) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case *int:
		if x != nil {
			return *x, true
		}
	}
	return 0, false
}

// normalizeKBO stores enterprise numbers in their canonical dotted form.
var normalizeKBO = onCreateOrUpdateOne(func(_ context.Context, m ent.Mutation) error {
	v, ok := m.Field("enterprise_number")
	if !ok {
		return nil
	}
	s, _ := v.(string)
	if s == "" {
		return nil
	}
	norm, err := validate.NormalizeKBO(s)
	if err != nil {
		return &validate.FieldError{Field: "enterpriseNumber", Message: err.Error()}
	}
	return m.SetField("enterprise_number", norm)
})

// checkService normalises a service's lists and checks the rules that span
// two fields: the age range and the capacity figures. Capacity changes stamp
// capacity_updated_at.
var checkService = onCreateOrUpdateOne(func(ctx context.Context, m ent.Mutation) error {
	if v, ok := m.Field("needs"); ok {
		needs, err := directory.NormalizeNeeds(v.([]directory.Need))
		if err != nil {
			return validate.Fieldf("needs", "%v", err)
		}
		if err := m.SetField("needs", needs); err != nil {
			return err
		}
	}
	if v, ok := m.Field("care_phases"); ok {
		phases, err := directory.NormalizeCarePhases(v.([]int))
		if err != nil {
			return validate.Fieldf("carePhases", "%v", err)
		}
		if err := m.SetField("care_phases", phases); err != nil {
			return err
		}
	}
	if v, ok := m.Field("languages"); ok {
		langs := make([]string, 0, len(v.([]string)))
		for _, l := range v.([]string) {
			l = strings.TrimSpace(l)
			if err := validate.Language(l); err != nil {
				return validate.Fieldf("languages", "%v", err)
			}
			if !slices.Contains(langs, l) {
				langs = append(langs, l)
			}
		}
		if err := m.SetField("languages", langs); err != nil {
			return err
		}
	}
	if err := setSearchKeys(m); err != nil {
		return err
	}
	if err := checkPair(ctx, m, "min_age", "max_age", "minAge", "minAge (%d) is above maxAge (%d)"); err != nil {
		return err
	}
	if err := checkPair(ctx, m, "capacity_available", "capacity_maximum", "capacityAvailable", "capacityAvailable (%d) is above capacityMaximum (%d)"); err != nil {
		return err
	}
	for _, f := range []string{"capacity_available", "capacity_maximum", "capacity_status", "capacity_unit"} {
		_, set := m.Field(f)
		if set || m.FieldCleared(f) {
			return m.SetField("capacity_updated_at", time.Now())
		}
	}
	return nil
})

// checkPair fails when the value of low is above the value of high, naming field.
func checkPair(ctx context.Context, m ent.Mutation, low, high, field, format string) error {
	_, lowSet := m.Field(low)
	_, highSet := m.Field(high)
	if !lowSet && !highSet {
		return nil
	}
	lv, err := current(ctx, m, low)
	if err != nil {
		return err
	}
	hv, err := current(ctx, m, high)
	if err != nil {
		return err
	}
	l, lok := intValue(lv)
	h, hok := intValue(hv)
	if lok && hok && l > h {
		return validate.Fieldf(field, format, l, h)
	}
	return nil
}

// checkPartnership refuses a partnership from an organisation to itself.
var checkPartnership = onCreateOrUpdateOne(func(_ context.Context, m ent.Mutation) error {
	from, fromSet := m.Field("from_id")
	to, toSet := m.Field("to_id")
	if fromSet && toSet && from == to {
		return validate.Fieldf("toID", "a partnership cannot link an organisation to itself")
	}
	return nil
})

// setSearchKeys keeps a service's search columns in step with its lists
// (see directory.NeedsMask and friends); m's lists are already normalised.
func setSearchKeys(m ent.Mutation) error {
	if v, ok := m.Field("needs"); ok {
		if err := m.SetField("needs_mask", directory.NeedsMask(v.([]directory.Need))); err != nil {
			return err
		}
	}
	if v, ok := m.Field("care_phases"); ok {
		if err := m.SetField("phases_mask", directory.PhasesMask(v.([]int))); err != nil {
			return err
		}
	}
	if v, ok := m.Field("languages"); ok {
		if err := m.SetField("language_codes", directory.LanguageCodes(v.([]string))); err != nil {
			return err
		}
	}
	return nil
}

// setCell keeps a location's S2 cell key in step with its coordinates.
var setCell = onCreateOrUpdateOne(func(ctx context.Context, m ent.Mutation) error {
	_, latSet := m.Field("latitude")
	_, lngSet := m.Field("longitude")
	if !latSet && !lngSet {
		return nil
	}
	lat, err := current(ctx, m, "latitude")
	if err != nil {
		return err
	}
	lng, err := current(ctx, m, "longitude")
	if err != nil {
		return err
	}
	return m.SetField("cell", geo.Cell(lat.(float64), lng.(float64)))
})

package graph

import (
	"fmt"
	"time"

	"learningapi/graph/model"
)

// knownDay is the day a record gives as the earliest and latest it can be:
// that day when the two agree, nil when the day is known only to a range.
func knownDay(earliest, latest *time.Time) *time.Time {
	if earliest == nil || latest == nil || !earliest.Equal(*latest) {
		return nil
	}
	return earliest
}

// datePeriod is the period between the earliest and the latest possible
// days, or nil when there are neither (a draft not yet dated). The
// database keeps both or neither, so a missing end is a fault.
func datePeriod(earliest, latest *time.Time) (*model.DatePeriod, error) {
	if earliest == nil && latest == nil {
		return nil, nil
	}
	if earliest == nil || latest == nil {
		return nil, fmt.Errorf("graph: a period needs both its days, got %v and %v", earliest, latest)
	}
	return &model.DatePeriod{From: *earliest, To: *latest}, nil
}

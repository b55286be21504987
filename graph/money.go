package graph

import "learningapi/graph/model"

// sumMoney adds up the amounts of records already loaded for a parent.
func sumMoney[T any](rows []*T, err error, pence func(*T) int64) (model.Money, error) {
	var total model.Money
	for _, r := range rows {
		total += model.Money(pence(r))
	}
	return total, err
}

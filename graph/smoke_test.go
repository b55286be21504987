package graph_test

import (
	"testing"

	"learningapi/dbtest"
)

func TestSmoke(t *testing.T) {
	a := newAPI(t, dbtest.New(t))
	var out map[string]any
	a.query(`{ projects(first: 3) { totalCount nodes { id slug title regions { name } themes { name } leadOrganisation { name } resources(first: 2) { totalCount nodes { title type } } } } }`, nil, &out)
	t.Logf("%v", out)
}

package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoStructKeepsATestingTB checks every Go file in the module: no
// struct has a field of type testing.TB, *testing.T or *testing.B. A helper
// that keeps the test it reports to would, inside a subtest, fail the
// parent: the failure would be reported on the wrong test and the
// remaining subtests would never run. Helpers take the TB as an argument.
func TestNoStructKeepsATestingTB(t *testing.T) {
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		checked++
		ast.Inspect(file, func(n ast.Node) bool {
			st, ok := n.(*ast.StructType)
			if !ok {
				return true
			}
			for _, field := range st.Fields.List {
				if name := testingType(field.Type); name != "" {
					t.Errorf("%s: a struct keeps a %s; pass it to the helper instead", fset.Position(field.Pos()), name)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("only %d Go files checked; the walk missed the module", checked)
	}
}

// testingType names expr if it is testing.TB, testing.T or testing.B, or
// a pointer to one.
func testingType(expr ast.Expr) string {
	prefix := ""
	if star, ok := expr.(*ast.StarExpr); ok {
		prefix, expr = "*", star.X
	}
	sel, ok := expr.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok || pkg.Name != "testing" {
		return ""
	}
	switch sel.Sel.Name {
	case "TB", "T", "B":
		return prefix + "testing." + sel.Sel.Name
	}
	return ""
}

package read

// List asks for one page of a list: which rows (Filter), in which order,
// which page, and what else the query wants of it.
type List[F any] struct {
	Filter F
	Order  Order
	Page   Page
	// Count asks for the number of rows the filter matches on every page.
	Count bool
	// Cursors asks for each row's position, from which the API makes the
	// row's cursor.
	Cursors bool
}

// Order names one of a table's sorts and its direction. The row's key
// always breaks ties, so the order is total and paging is stable.
type Order struct {
	Field string
	Desc  bool
}

// Page asks for one page the Relay way: Limit rows after After (forwards),
// or the last Limit rows before Before (Backward).
type Page struct {
	Limit    int
	Backward bool
	After    *Cursor
	Before   *Cursor
}

// Cursor is a position in an ordered list: the sort key of a row, as
// PostgreSQL writes it as text, and the row's key as the tie-breaker.
type Cursor struct {
	Key string
	ID  int64
}

// Rows is one page of a list as read: its rows in list order, whether
// rows lie beyond it either way, and the count if it was asked for.
type Rows[T any] struct {
	Rows        []T
	HasNext     bool
	HasPrevious bool
	Total       int
}

// pageJSON is how PostgreSQL hands a page over.
type pageJSON[T any] struct {
	Rows    []T            `json:"rows"`
	Total   int            `json:"total"`
	Unknown []unknownNames `json:"unknown"`
}

// trim drops the extra row fetched to learn whether another page follows
// and puts a backward page back in list order.
func (p pageJSON[T]) trim(page Page) (Rows[T], error) {
	if err := unknownRefs(p.Unknown); err != nil {
		return Rows[T]{}, err
	}
	rows := p.Rows
	more := len(rows) > page.Limit
	if more {
		rows = rows[:page.Limit]
	}
	out := Rows[T]{Rows: rows, Total: p.Total}
	if page.Backward {
		for i, j := 0, len(rows)-1; i < j; i, j = i+1, j-1 {
			rows[i], rows[j] = rows[j], rows[i]
		}
		out.HasPrevious = more
		out.HasNext = page.Before != nil
	} else {
		out.HasNext = more
		out.HasPrevious = page.After != nil
	}
	return out, nil
}

package store

// Topic is a theme (no parent) or a topic beneath one.
type Topic struct {
	ID          int64   `db:"id"`
	Slug        string  `db:"slug"`
	Name        string  `db:"name"`
	Description *string `db:"description"`
	ParentID    *int64  `db:"parent_id"`
	Listed
}

// TopicFilter narrows a list of topics.
type TopicFilter struct {
	IsTheme   *bool
	ParentIDs []int64
}

// Relations of topics.
const (
	ChildrenOfTopic  Relation = "parent"
	TopicsOfProject  Relation = "project"
	TopicsOfResource Relation = "resource"
	TopicsOfEvent    Relation = "event"
)

// Topics lists themes and topics.
var Topics = List[Topic, TopicFilter]{
	name:    "topics",
	columns: `t.id, t.slug, t.name, t.description, t.parent_id`,
	from:    `FROM topic t`,
	alias:   "t",
	filter: func(q *listQuery, f TopicFilter) {
		if f.IsTheme != nil {
			if *f.IsTheme {
				q.where("t.parent_id IS NULL")
			} else {
				q.where("t.parent_id IS NOT NULL")
			}
		}
		if f.ParentIDs != nil {
			q.where("t.parent_id = ANY(?)", int64Array(f.ParentIDs))
		}
	},
	sorts: map[string]Sort{
		"NAME":     {Expr: "t.name", Type: "text"},
		"POSITION": {Expr: "t.position", Type: "integer"},
	},
	relations: map[Relation]relation{
		ChildrenOfTopic:  {parent: "t.parent_id"},
		TopicsOfProject:  {join: `JOIN project_topic rel ON rel.topic_id = t.id`, parent: "rel.project_id"},
		TopicsOfResource: {join: `JOIN resource_topic rel ON rel.topic_id = t.id`, parent: "rel.resource_id"},
		TopicsOfEvent:    {join: `JOIN event_topic rel ON rel.topic_id = t.id`, parent: "rel.event_id"},
	},
}

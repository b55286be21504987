package store

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/lib/pq"
)

// ChangesChannel is the channel on which the database announces every
// write to a table the API reads (migration 00008): a space-separated list
// of tags such as "project project:12".
const ChangesChannel = "learning_api_changes"

// ChangeWatcher is told what the database announces.
type ChangeWatcher interface {
	// Changed reports the tags of one write.
	Changed(tags []string)
	// Lost reports that announcements may have been missed: the connection
	// that hears them is down, or not yet up.
	Lost()
	// Watching reports that announcements are heard again, from now on.
	Watching()
}

// WatchChanges listens for the database's change announcements on a
// connection of its own until ctx ends, and tells w. The connection is
// re-established when it drops (w hears Lost, then Watching), and checked
// every ping so that a connection that has silently died is noticed.
func (db *DB) WatchChanges(ctx context.Context, w ChangeWatcher, ping time.Duration) {
	var mu sync.Mutex
	lost, listened := true, false
	setLost := func(now bool) {
		mu.Lock()
		defer mu.Unlock()
		if !listened {
			return // not yet LISTENing: nothing is heard, w already knows
		}
		if now && !lost {
			w.Lost()
		}
		if !now && lost {
			w.Watching()
		}
		lost = now
	}
	w.Lost()
	l := pq.NewListener(listenerDSN(db.dsn), 100*time.Millisecond, 5*time.Second, func(ev pq.ListenerEventType, err error) {
		if ev == pq.ListenerEventDisconnected || ev == pq.ListenerEventConnectionAttemptFailed {
			setLost(true)
		}
	})
	defer l.Close()
	listening := make(chan error, 1)
	go func() { listening <- l.Listen(ChangesChannel) }()
	tick := time.NewTicker(ping)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case err := <-listening:
			if err == nil {
				mu.Lock()
				listened = true
				mu.Unlock()
				setLost(false)
			}
		case n, ok := <-l.Notify:
			switch {
			case !ok:
				return
			case n == nil:
				// Reconnected: whatever was announced meanwhile is lost.
				setLost(true)
				setLost(false)
			default:
				w.Changed(strings.Fields(n.Extra))
			}
		case <-tick.C:
			go func() {
				pinged := make(chan error, 1)
				go func() { pinged <- l.Ping() }()
				select {
				case err := <-pinged:
					setLost(err != nil)
				case <-time.After(ping):
					setLost(true)
				}
			}()
		}
	}
}

// ListenerName is the application_name of the connection that hears the
// change announcements, so an operator can tell it apart in
// pg_stat_activity.
const ListenerName = "scie-learning-api listener"

func listenerDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn
	}
	q := u.Query()
	q.Set("application_name", ListenerName)
	u.RawQuery = q.Encode()
	return u.String()
}

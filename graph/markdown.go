package graph

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// markdown renders editors' Markdown to HTML. goldmark follows CommonMark
// and, by default, drops raw HTML from the source, so rendered text cannot
// carry scripts onto the website.
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM))

// renderMarkdown returns the HTML for src, or nil when there is no text.
func renderMarkdown(src *string) (*string, error) {
	if src == nil {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := markdown.Convert([]byte(*src), &buf); err != nil {
		return nil, err
	}
	html := buf.String()
	return &html, nil
}

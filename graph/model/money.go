package model

import (
	"fmt"
	"strconv"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Money is an amount in whole pence. The schema shows it as strings,
// because GraphQL's Int is 32-bit and the fund's total is not.
type Money int64

// Pence is the amount in pence as a decimal string.
func (m Money) Pence() string { return strconv.FormatInt(int64(m), 10) }

// Pounds is the amount in pounds with two decimal places.
func (m Money) Pounds() string {
	sign, p := "", int64(m)
	if p < 0 {
		sign, p = "-", -p
	}
	return fmt.Sprintf("%s%d.%02d", sign, p/100, p%100)
}

// Formatted is the amount for reading: £20,000,000, or £477,811.50 when
// there are pence.
func (m Money) Formatted() string {
	sign, p := "", int64(m)
	if p < 0 {
		sign, p = "-", -p
	}
	s := sign + "£" + message.NewPrinter(language.English).Sprintf("%d", p/100)
	if p%100 != 0 {
		s += fmt.Sprintf(".%02d", p%100)
	}
	return s
}

// Currency is always GBP.
func (m Money) Currency() string { return "GBP" }

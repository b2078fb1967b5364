package cwre

import (
	"errors"
	"fmt"
)

// upnLetters is the census check-letter alphabet: A–Z without I, O and S.
// A value 0–22 maps to a letter; a letter in position 13 of a temporary UPN
// counts as its index here.
const upnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ"

// ErrUPNCheckLetter is matched by errors from [CheckUPN] for a UPN whose
// first letter is not the one its other twelve characters give.
var ErrUPNCheckLetter = errors.New("cwre: UPN check letter is wrong")

// LooksLikeUPN reports whether id has the shape of a Unique Pupil Number: 13
// characters, a capital letter, eleven digits and a final digit or capital
// letter (a letter marks a temporary UPN). Ids of other shapes are pseudonymous ids
// and are not checked as UPNs.
func LooksLikeUPN(id string) bool {
	if len(id) != 13 || !isUpper(id[0]) {
		return false
	}
	for i := 1; i < 12; i++ {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return isDigit(id[12]) || isUpper(id[12])
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func upnIndex(c byte) int {
	for i := 0; i < len(upnLetters); i++ {
		if upnLetters[i] == c {
			return i
		}
	}
	return -1
}

// UPNCheckLetter returns the check letter for the twelve characters that
// follow it in a UPN: each character in positions 2 to 13 is multiplied by
// its position, the products are summed and the remainder modulo 23 picks
// the letter from A B C D E F G H J K L M N P Q R T U V W X Y Z.
func UPNCheckLetter(rest string) (byte, error) {
	if len(rest) != 12 {
		return 0, fmt.Errorf("cwre: a UPN needs 12 characters after the check letter, got %d", len(rest))
	}
	sum := 0
	for i := 0; i < 12; i++ {
		c := rest[i]
		v := int(c - '0')
		if !isDigit(c) {
			if i != 11 || upnIndex(c) < 0 {
				return 0, fmt.Errorf("cwre: UPN character %d must be a digit or, last, a letter other than I, O or S", i+2)
			}
			v = upnIndex(c)
		}
		sum += v * (i + 2)
	}
	return upnLetters[sum%23], nil
}

// CheckUPN reports whether upn is a well-formed Unique Pupil Number with the
// right check letter. The error matches [ErrUPNCheckLetter] when only the
// check letter is wrong.
func CheckUPN(upn string) error {
	if !LooksLikeUPN(upn) {
		return errors.New("cwre: a UPN is a check letter, eleven digits and a digit or letter")
	}
	want, err := UPNCheckLetter(upn[1:])
	if err != nil {
		return err
	}
	if upn[0] != want {
		return ErrUPNCheckLetter
	}
	return nil
}

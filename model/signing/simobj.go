package signing

// readObject mirrors the reader's readObject: a value, an object reference
// "n g R" or an object definition "n g obj … endobj". It tells whether the
// object was a stream, after which the reader stops.
func (s *sim) readObject() (isStream bool) {
	if s.depth++; s.depth > maxDepth {
		panic(errHang)
	}
	defer func() { s.depth-- }()
	t := s.readToken()
	if t.kind == tKeyword {
		switch t.s {
		case "null":
		case "endobj":
			s.unread = append(s.unread, t)
		case "<<":
			return s.readDict()
		case "[":
			s.readArray()
		default:
			panic(stopRead{})
		}
		return false
	}
	if t.kind != tInt || t.i < 0 || t.i > 1<<32-1 {
		return false
	}
	t2 := s.readToken()
	if t2.kind == tInt && t2.i >= 0 && t2.i <= 1<<16-1 {
		t3 := s.readToken()
		switch {
		case t3.kind == tKeyword && t3.s == "R":
			return false
		case t3.kind == tKeyword && t3.s == "obj":
			if s.readObject() {
				return false
			}
			if t4 := s.readToken(); t4.kind != tKeyword || t4.s != "endobj" {
				panic(stopRead{})
			}
			return false
		}
		s.unread = append(s.unread, t3)
	}
	s.unread = append(s.unread, t2)
	return false
}

// readArray reads to "]". Meeting "endobj" or the end of the data, the
// reader would loop for ever.
func (s *sim) readArray() {
	var ints []int64
	for {
		t := s.readToken()
		switch {
		case t.kind == tKeyword && t.s == "]":
			s.lastArray = ints
			return
		case t.kind == tKeyword && t.s == "endobj", t.kind == tEOF:
			panic(errHang)
		}
		if t.kind == tInt {
			ints = append(ints, t.i)
		}
		s.unread = append(s.unread, t)
		s.readObject()
	}
}

// readDict reads to ">>" and then a "stream" keyword, if one follows, and
// tells whether one did. It keeps the entries whose values are single
// tokens in s.dict.
func (s *sim) readDict() (isStream bool) {
	entries, arrays := map[string]tok{}, map[string][]int64{}
	for {
		t := s.readToken()
		if t.kind == tKeyword && t.s == ">>" {
			break
		}
		if t.kind != tName {
			panic(stopRead{})
		}
		v := s.readToken()
		s.unread = append(s.unread, v)
		s.readObject()
		entries[t.s] = v
		if v.kind == tKeyword && v.s == "[" {
			arrays[t.s] = s.lastArray
		}
		if t.s == "Columns" && v.kind == tInt && v.i > s.columns {
			s.columns = v.i
		}
	}
	s.dict, s.arrays = entries, arrays
	t := s.readToken()
	if t.kind != tKeyword || t.s != "stream" {
		s.unread = append(s.unread, t)
		return false
	}
	switch s.readByte() {
	case '\r':
		if s.readByte() != '\n' {
			s.unreadByte()
		}
	case '\n':
	default:
		panic(stopRead{})
	}
	return true
}

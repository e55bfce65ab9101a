#include "catalog_binary.h"

#include <cstdint>
#include <cstring>
#include <map>
#include <vector>

#include "crc32.h"

namespace certplan {

namespace {

// "CPC" + format version. A change to the catalog's structs changes the bytes: bump the version.
constexpr char kMagic[] = {'C', 'P', 'C', 11};  // 8: credential kind, hiring weight and source kind as their vocabulary position; 9: the advice's build-instead steps; 10: a resource's kind as its position; 11: a criterion's kind as its position

// After the magic: the build stamp (4 bytes, big-endian: the CRC-32 of the whole catalog's structure and text, so
// the two parts of one build carry the same stamp and a late part from another build is told apart), the length of
// the structure, the structure (the set of sections it holds, one bit per
// CatalogSection, then those sections in order: counts, numbers, flags, string lengths and
// back-references), then the text of every distinct string, in order. Text kept together compresses
// better than text interleaved with numbers: the download is gzipped.

// Every struct's fields, listed once, in order: the writer and the reader walk the same list, so the two
// cannot drift apart. tests/unit/catalog_binary_test.cpp trips when a struct gains a field not listed here.
template <class A> void visit(A& a, Source& x) { a(x.id, x.title, x.publisher, x.url, x.as_of, x.kind); }
template <class A, class T> void visit(A& a, Fact<T>& x) { a(x.value, x.source, x.as_of, x.verified, x.note); }
template <class A> void visit(A& a, StatusEvent& x) { a(x.on, x.becomes, x.languages, x.source, x.as_of, x.note, x.verified); }
template <class A> void visit(A& a, CredentialStatus& x) { a(x.events, x.successors, x.note); }
template <class A> void visit(A& a, HiringWeight& x) { a(x.employer, x.weight, x.source, x.as_of, x.note, x.verified); }
template <class A> void visit(A& a, Domain& x) { a(x.id, x.name, x.weight_low, x.weight_high, x.sections); }
template <class A> void visit(A& a, Blueprint& x) { a(x.guide, x.source, x.as_of, x.weights_note, x.verified, x.domains); }
template <class A> void visit(A& a, Credential& x) {
    a(x.id, x.name, x.short_name, x.provider, x.platform, x.kind, x.level, x.status, x.fee_usd, x.duration_minutes,
      x.validity_months, x.questions, x.pass_mark, x.renewal, x.delivery, x.recommended_experience, x.tests_what,
      x.pass_rate, x.languages, x.hiring_weight, x.has_blueprint, x.blueprint, x.last_checked);
}
template <class A> void visit(A& a, ChecklistItem& x) { a(x.id, x.domain, x.section, x.text, x.judgement, x.source, x.as_of, x.carried_from); }
template <class A> void visit(A& a, Checklist& x) { a(x.credential, x.source, x.as_of, x.verified, x.items); }
template <class A> void visit(A& a, Course& x) { a(x.id, x.title, x.provider, x.platform, x.url, x.stage, x.hours, x.length, x.why); }
template <class A> void visit(A& a, Criterion& x) { a(x.id, x.kind, x.weight, x.text, x.source, x.as_of, x.when); }
template <class A> void visit(A& a, FirstChoiceRule& x) { a(x.id, x.credential, x.text, x.source, x.as_of, x.foundations_first, x.when); }
template <class A> void visit(A& a, BuildStep& x) { a(x.id, x.text, x.why, x.source, x.as_of, x.hours); }
template <class A> void visit(A& a, BuildInstead& x) { a(x.text, x.source, x.as_of, x.steps); }
template <class A> void visit(A& a, Advice& x) { a(x.criteria, x.first_choice, x.instead); }
template <class A> void visit(A& a, BackgroundHours& x) {
    a(x.background, x.foundations_low, x.foundations_high, x.exam_low, x.exam_high, x.basis, x.source, x.as_of, x.verified);
}
template <class A> void visit(A& a, Calibration& x) { a(x.background, x.credential, x.basis, x.said_of, x.weeks_low, x.weeks_high); }
template <class A> void visit(A& a, EstimateModel& x) {
    a(x.rhythm_hours_per_week, x.rhythm_basis, x.rhythm_source, x.rhythm_as_of, x.default_background, x.review_floor,
      x.min_hours_per_week, x.max_hours_per_week, x.split_core, x.split_platform, x.split_practice, x.split_basis, x.plan_foundations,
      x.plan_core, x.plan_basis, x.plan_source, x.plan_as_of, x.foundations_shares, x.foundations_passes, x.foundations_basis,
      x.foundations_source, x.foundations_as_of, x.backgrounds, x.calibration);
}
template <class A> void visit(A& a, StudyResource& x) {
    a(x.id, x.title, x.provider, x.url, x.kind, x.course, x.source, x.as_of, x.hours, x.domains, x.why);
}
template <class A> void visit(A& a, StudyPath& x) { a(x.credential, x.resources); }
template <class A> void visit(A& a, QuestionOption& x) { a(x.text, x.why, x.best); }
template <class A> void visit(A& a, Question& x) { a(x.id, x.credential, x.domain, x.situation, x.items, x.source, x.section, x.as_of, x.options); }
// Each section's members. A section is one unit of the format: it is in a part whole, or not at all.
template <class A> void visit_section(A& a, Catalog& x, CatalogSection s) {
    switch (s) {
        case CatalogSection::sources: return a(x.last_checked, x.sources);
        case CatalogSection::credentials: return a(x.credentials);
        case CatalogSection::checklists: return a(x.checklists);
        case CatalogSection::courses: return a(x.courses);
        case CatalogSection::advice: return a(x.advice);
        case CatalogSection::estimate: return a(x.estimate);
        case CatalogSection::study_paths: return a(x.study_paths);
        case CatalogSection::questions: return a(x.questions);
    }
}
// The sections in `mask`, in the order of CatalogSection.
template <class A> void visit_sections(A& a, Catalog& x, unsigned mask) {
    for (int s = 0; s < kCatalogSectionCount; ++s)
        if ((mask >> s) & 1u) visit_section(a, x, CatalogSection(s));
}

// The first part holds what the first frame shows (Compare: the credentials, their facts' sources, the
// advice and its questions); the late part what only Assess and Plan need (the checklists, the courses,
// the estimate model, the study paths and the scenario questions, none of which derive() needs for
// Compare's figures).
constexpr CatalogPart kPartOf[kCatalogSectionCount] = {
    CatalogPart::first,  // sources
    CatalogPart::first,  // credentials
    CatalogPart::late,   // checklists
    CatalogPart::late,   // courses
    CatalogPart::first,  // advice
    CatalogPart::late,   // estimate
    CatalogPart::late,   // study paths
    CatalogPart::late,   // questions ("Check me": never in the first download)
};

unsigned part_mask(CatalogPart part) {
    unsigned mask = 0;
    for (int s = 0; s < kCatalogSectionCount; ++s)
        if (kPartOf[s] == part) mask |= 1u << s;
    return mask;
}

// Unsigned integers as LEB128 varints; doubles as varints when whole, else their 8 bytes, little-endian
// (x86 and wasm alike); strings once each (then by index); lists and maps as a count, then their contents.
class Writer {
public:
    std::string out, text;  // the structure, and the distinct strings' text
    template <class... T> void operator()(T&... xs) { (io(xs), ...); }
    void put_count(uint64_t n) { count(n); }

private:
    void count(uint64_t n) {
        do {
            unsigned char b = n & 0x7F;
            n >>= 7;
            out.push_back(char(n ? b | 0x80 : b));
        } while (n);
    }
    // A string seen before is written as its index among the distinct strings so far (odd code); a new one
    // as its length (even code) and bytes. Source ids, dates and notes repeat across the catalog, often
    // farther apart than gzip's window: this keeps the download small as the catalog grows.
    std::map<std::string, uint64_t> seen_;
    void io(std::string& s) {
        auto it = seen_.find(s);
        if (it != seen_.end()) return count(it->second * 2 + 1);
        count(s.size() * 2), text += s;
        seen_.emplace(s, seen_.size());
    }
    void io(bool& b) { out.push_back(b ? 1 : 0); }
    void io(int& v) { count(uint64_t(uint32_t(v))); }
    void io(Status& s) { count(uint64_t(s)); }
    template <class E> void io_term(E& e) { count(uint64_t(e)); }
    void io(CredentialKind& e) { io_term(e); }
    void io(HiringLevel& e) { io_term(e); }
    void io(SourceKind& e) { io_term(e); }
    void io(ResourceKind& e) { io_term(e); }
    void io(ReasonKind& e) { io_term(e); }
    // Whole numbers (fees, minutes, weights, hours) as a varint of twice the value; anything else as a 1
    // followed by the double's 8 bytes.
    void io(double& d) {
        if (d >= 0 && d < 1e12 && d == double(uint64_t(d))) return count(uint64_t(d) * 2);
        count(1);
        char b[sizeof d];
        std::memcpy(b, &d, sizeof d);
        out.append(b, sizeof d);
    }
    template <class T> void io(std::optional<T>& o) {
        bool has = o.has_value();
        io(has);
        if (has) io(*o);
    }
    template <class T> void io(std::vector<T>& v) {
        count(v.size());
        for (auto& x : v) io(x);
    }
    void io(Condition& m) {
        count(m.size());
        for (auto& entry : m) {
            std::string key = entry.first;
            io(key), io(entry.second);
        }
    }
    template <class T> void io(T& x) { visit(*this, x); }
};

// Reads what Writer wrote. Any shortfall sets `ok` to false and every later read does nothing; counts
// are checked against the bytes left (each element takes at least one), and lists grow as they are read.
class Reader {
public:
    explicit Reader(const std::string& in, size_t pos) : in_(in), pos_(pos), end_(in.size()) {
        const uint64_t n = count();  // the structure's length; the strings' text follows it
        if (n > left()) ok = false;
        if (ok) end_ = text_ = pos_ + size_t(n);
    }
    bool ok = true;
    bool at_end() const { return pos_ == end_ && text_ == in_.size(); }
    template <class... T> void operator()(T&... xs) { (io(xs), ...); }
    uint64_t get_count() { return count(); }

private:
    const std::string& in_;
    size_t pos_, end_, text_ = 0;  // the structure is [pos_, end_); the next new string starts at text_

    size_t left() const { return end_ - pos_; }
    uint64_t count() {
        uint64_t n = 0;
        for (int shift = 0; ok && shift < 64; shift += 7) {
            if (!left()) break;
            unsigned char b = static_cast<unsigned char>(in_[pos_++]);
            n |= uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80)) return n;
        }
        ok = false;
        return 0;
    }
    uint64_t bounded_count() {
        uint64_t n = count();
        if (n > left()) ok = false;
        return ok ? n : 0;
    }
    std::vector<std::string> strings_;  // the distinct strings read so far, in order (see Writer::io)
    void io(std::string& s) {
        const uint64_t code = count();
        const uint64_t n = code / 2;
        if (code % 2) {
            if (n >= strings_.size()) ok = false;
            else s = strings_[size_t(n)];
            return;
        }
        if (n > in_.size() - text_) ok = false;
        if (!ok) return;
        s.assign(in_, text_, size_t(n)), text_ += size_t(n);
        strings_.push_back(s);
    }
    void io(bool& b) {
        if (!left() || static_cast<unsigned char>(in_[pos_]) > 1) { ok = false; return; }
        b = in_[pos_++] == 1;
    }
    void io(int& v) { v = int(uint32_t(count())); }
    // A vocabulary's value: its position in its list (core/vocabulary.h); past the list's end is damage.
    template <class E> void io_term(E& e) {
        const uint64_t n = count();
        if (n >= vocabulary_of(e).terms.size()) ok = false;
        else e = E(n);
    }
    void io(CredentialKind& e) { io_term(e); }
    void io(HiringLevel& e) { io_term(e); }
    void io(SourceKind& e) { io_term(e); }
    void io(ResourceKind& e) { io_term(e); }
    void io(ReasonKind& e) { io_term(e); }
    void io(Status& s) {
        uint64_t n = count();
        if (n > uint64_t(Status::retired)) ok = false;  // `announced` is computed, never stored
        else s = Status(n);
    }
    void io(double& d) {
        const uint64_t code = count();
        if (code != 1) {  // a whole number; a code that no writer makes (odd, other than 1) is damage
            if (code % 2) ok = false;
            d = double(code / 2);
            return;
        }
        if (left() < sizeof d) { ok = false; return; }
        std::memcpy(&d, in_.data() + pos_, sizeof d);
        pos_ += sizeof d;
    }
    template <class T> void io(std::optional<T>& o) {
        bool has = false;
        io(has);
        if (!ok || !has) return o.reset();
        o.emplace();
        io(*o);
    }
    template <class T> void io(std::vector<T>& v) {
        // Element by element rather than resized up front: a garbled count costs only what is really read.
        uint64_t n = bounded_count();
        v.clear();
        for (uint64_t i = 0; ok && i < n; ++i) {
            v.emplace_back();
            io(v.back());
        }
    }
    void io(Condition& m) {
        uint64_t n = bounded_count();
        m.clear();
        for (uint64_t i = 0; ok && i < n; ++i) {
            std::string key;
            io(key);
            io(m[key]);
        }
    }
    template <class T> void io(T& x) {
        if (ok) visit(*this, x);
    }
};

// The structure and text of the sections in `mask`.
std::string section_bytes(Catalog& copy, unsigned mask) {
    Writer w;
    w.put_count(mask);
    visit_sections(w, copy, mask);
    Writer head;
    head.put_count(w.out.size());
    return head.out + w.out + w.text;
}

std::string write_sections(const Catalog& catalog, unsigned mask) {
    Catalog copy = catalog;  // the visitors take their structs by reference, for reading and writing alike
    mask &= copy.sections;
    const std::string whole = section_bytes(copy, copy.sections);
    const uint32_t stamp = crc32(reinterpret_cast<const uint8_t*>(whole.data()), whole.size());
    std::string out(kMagic, sizeof kMagic);
    for (int shift = 24; shift >= 0; shift -= 8) out += char(uint8_t(stamp >> shift));
    return out + (mask == copy.sections ? whole : section_bytes(copy, mask));
}

constexpr size_t kHeaderSize = sizeof kMagic + 4;  // the magic, then the build stamp

uint32_t stamp_of(const std::string& bytes) {
    uint32_t stamp = 0;
    for (size_t i = sizeof kMagic; i < kHeaderSize; ++i) stamp = stamp << 8 | uint8_t(bytes[i]);
    return stamp;
}

enum class ReadResult { ok, damaged, overlap, other_build };

// Reads the sections in `bytes` into `c`, which must not hold any of them yet; `mask` says which they were.
ReadResult read_sections(Catalog& c, const std::string& bytes, unsigned& mask) {
    if (bytes.size() < kHeaderSize || bytes.compare(0, sizeof kMagic, kMagic, sizeof kMagic) != 0) return ReadResult::damaged;
    // Sections from two builds do not mix: the figures would pair one build's checklists with another's credentials.
    const uint32_t stamp = stamp_of(bytes);
    if (c.sections != 0 && stamp != c.build) return ReadResult::other_build;
    Reader r(bytes, kHeaderSize);
    const uint64_t m = r.get_count();
    if (!r.ok || m > kEverySection) return ReadResult::damaged;
    mask = unsigned(m);
    if (mask & c.sections) return ReadResult::overlap;
    visit_sections(r, c, mask);
    if (!r.ok || !r.at_end()) return ReadResult::damaged;
    c.sections |= mask;
    c.build = stamp;
    return ReadResult::ok;
}

}  // namespace

CatalogPart catalog_part(CatalogSection s) { return kPartOf[int(s)]; }

std::string write_catalog_binary(const Catalog& catalog) { return write_sections(catalog, kEverySection); }

std::string write_catalog_part(const Catalog& catalog, CatalogPart part) { return write_sections(catalog, part_mask(part)); }

std::optional<Catalog> read_catalog_binary(const std::string& bytes) {
    Catalog c;
    c.sections = 0;
    unsigned mask = 0;
    if (read_sections(c, bytes, mask) != ReadResult::ok) return std::nullopt;
    return c;
}

bool add_catalog_part(Catalog& catalog, const std::string& bytes, std::string& problem) {
    Catalog merged = catalog;  // read into a copy: damaged bytes leave the catalog as it was
    unsigned mask = 0;
    const ReadResult r = read_sections(merged, bytes, mask);
    if (r == ReadResult::damaged) {
        problem = "the file is damaged, or from another version of certplan";
        return false;
    }
    if (r == ReadResult::other_build) {
        problem = "it belongs to another build of certplan (the page was updated since it loaded): reload the page";
        return false;
    }
    if (r == ReadResult::overlap) {
        for (int s = 0; s < kCatalogSectionCount; ++s)
            if ((mask & catalog.sections) >> s & 1u) {
                problem = std::string("it holds the ") + section_name(CatalogSection(s)) + " section, which is loaded already";
                break;
            }
        return false;
    }
    catalog = std::move(merged);
    return true;
}

}  // namespace certplan

package dev.protocolo.protocol;

import java.util.List;

/** The rules that make a part list print unique numbers that can be parsed back. */
final class PartRules {
    private PartRules() {
    }

    static void check(List<Part> parts, List<Integer> positions, ProtocolFormat.Builder b) {
        int seq = -1;
        int check = -1;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            b.at(positions.get(i));
            if (!(p instanceof Part.Literal) && !(p instanceof Part.FixedCode)) {
                for (int j = 0; j < i; j++) {
                    if (sameKind(parts.get(j), p)) {
                        throw b.fail(p.token() + " appears twice");
                    }
                }
            }
            if (p instanceof Part.Sequence) {
                seq = i;
            } else if (p instanceof Part.Check) {
                check = i;
            } else if (check >= 0 && !(p instanceof Part.Literal)) {
                throw b.fail("the check digit must come after every field, but " + p.token() + " follows it");
            }
        }
        b.at(-1);
        if (seq < 0) {
            throw b.fail("a format needs a sequence ({seq:N}) to make numbers unique");
        }
        boolean year = parts.contains(Part.DateField.YEAR) || parts.contains(Part.DateField.SHORT_YEAR);
        if (parts.contains(Part.DateField.DAY) && !parts.contains(Part.DateField.MONTH)) {
            throw b.fail("{dd} needs {MM}, otherwise numbers repeat every month");
        }
        if (parts.contains(Part.DateField.MONTH) && !year) {
            throw b.fail("{MM} needs {yyyy} or {yy}, otherwise numbers repeat every year");
        }
    }

    private static boolean sameKind(Part a, Part b) {
        if (a instanceof Part.DateField fa && b instanceof Part.DateField fb) {
            boolean years = fa != Part.DateField.MONTH && fa != Part.DateField.DAY
                    && fb != Part.DateField.MONTH && fb != Part.DateField.DAY;
            return fa == fb || years;
        }
        if (a instanceof Part.ContextCode ca && b instanceof Part.ContextCode cb) {
            return ca.orderType() == cb.orderType();
        }
        return a.getClass() == b.getClass();
    }
}

-- Whether a unit's path lies under (or is) the unit of path prefix (which ends in '/'): the rows of
-- "path like prefix || '%'", written as a range of ux_administrative_unit_path (text_pattern_ops).
-- PostgreSQL inlines this SQL function, so the range reaches the index even in a generic (cached) plan
-- of a prepared statement, where a pattern built from a parameter cannot, and a plan cached once per
-- connection saves the planning that a gap table or dashboard statement otherwise repeats per request.
create function unit_path_under(path text, prefix text) returns boolean
    language sql immutable parallel safe
    return path ~>=~ prefix and path ~<~ overlay(prefix placing '0' from length(prefix));

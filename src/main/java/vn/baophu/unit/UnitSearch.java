package vn.baophu.unit;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds units by code or by name, ignoring diacritics and case ("cang long", "CÀNG LONG" and "29266"
 * all find Xã Càng Long), within a subtree: one statement on a trigram index of the plain name.
 */
@Repository
@RequiredArgsConstructor
class UnitSearch {

	private final JdbcClient jdbc;

	/** The best matches first: the code itself, then names that start with the words, then the closest names. */
	List<UnitMatch> find(String query, String scopePath, int limit) {
		return jdbc.sql("""
				select u.code, u.name, u.level, p.name as parent_name, u.opened_from, u.closed_from
				from administrative_unit u
				left join administrative_unit p on p.id = u.parent_id
				where unit_path_under(u.path, :scope)
				  and (u.code = :query or baophu_plain(u.name) like '%' || baophu_plain(:query) || '%')
				order by (u.code = :query) desc,
				         (u.closed_from is null) desc,
				         (baophu_plain(u.name) like '% ' || baophu_plain(:query) || '%'
				             or baophu_plain(u.name) like baophu_plain(:query) || '%') desc,
				         similarity(baophu_plain(u.name), baophu_plain(:query)) desc,
				         u.code
				limit :limit""")
			.param("query", query)
			.param("scope", scopePath)
			.param("limit", limit)
			.query((rs, row) -> new UnitMatch(rs.getString(1), rs.getString(2), UnitLevel.valueOf(rs.getString(3)),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
			.list();
	}
}

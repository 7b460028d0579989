package se.livsviktig.training.internal.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where organisations sit in the portal's organisation tree, as each one's lineage: the organisation itself,
 * then its parent, and so on up to the root. A förvaltning's staff are the members of it and of every unit
 * under it, so "belongs to" and "nearest" are answered along these lineages. Each lineage is read once and
 * kept for the life of this object (one request or one service call), since the tree is small.
 *
 * @author Livsviktig
 */
public class OrganizationLineages {

	/**
	 * Every organisation stands alone, without ancestors: what the rules see when no tree is known.
	 */
	public static OrganizationLineages flat() {
		return new OrganizationLineages(
			organizationId -> new long[] {organizationId});
	}

	/**
	 * @param lineages the lineage of each organisation, nearest first and starting with the organisation
	 *        itself; organisations not in the map stand alone
	 */
	public static OrganizationLineages of(Map<Long, long[]> lineages) {
		Map<Long, long[]> copy = new HashMap<>(lineages);

		return new OrganizationLineages(
			organizationId -> copy.getOrDefault(
				organizationId, new long[] {organizationId}));
	}

	/**
	 * @param lineageReader reads one organisation's lineage, nearest first and starting with the organisation
	 */
	public OrganizationLineages(Function<Long, long[]> lineageReader) {
		_lineageReader = lineageReader;
	}

	public long[] getLineage(long organizationId) {
		return _lineages.computeIfAbsent(organizationId, _lineageReader);
	}

	/**
	 * @return the organisation itself when it is one of the candidates, else its nearest ancestor that is, or 0
	 */
	public long getNearest(
		long organizationId, Collection<Long> candidateOrganizationIds) {

		if (candidateOrganizationIds.isEmpty()) {
			return 0;
		}

		for (long lineageOrganizationId : getLineage(organizationId)) {
			if (candidateOrganizationIds.contains(lineageOrganizationId)) {
				return lineageOrganizationId;
			}
		}

		return 0;
	}

	/**
	 * @return whether the organisation is one of the given ones or sits under one of them
	 */
	public boolean isWithin(
		long organizationId, Collection<Long> organizationIds) {

		if (getNearest(organizationId, organizationIds) > 0) {
			return true;
		}

		return false;
	}

	private final Function<Long, long[]> _lineageReader;
	private final Map<Long, long[]> _lineages = new HashMap<>();

}

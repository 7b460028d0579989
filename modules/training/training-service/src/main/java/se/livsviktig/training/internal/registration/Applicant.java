package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.model.User;

import se.livsviktig.training.internal.organization.OrganizationLineages;

/**
 * A person found fit to register on a session, with everything the registration needs that does not depend on the
 * session's seats: read before the session's row is locked, so the lock covers only the seat change and the
 * inserts.
 *
 * @author Livsviktig
 */
public final class Applicant {

	Applicant(
		long userId, User user, long organizationId, OrganizationLineages lineages,
		String motivation, String dietaryNeeds, String sex) {

		_userId = userId;
		_user = user;
		_lineages = lineages;
		_organizationId = organizationId;
		_motivation = motivation;
		_dietaryNeeds = dietaryNeeds;
		_sex = sex;
	}

	public String getDietaryNeeds() {
		return _dietaryNeeds;
	}

	/**
	 * Where the person's organisations sit in the tree, each read once, when first asked for.
	 */
	public OrganizationLineages getLineages() {
		return _lineages;
	}

	public String getMotivation() {
		return _motivation;
	}

	/**
	 * @return the administration the registration is recorded for, or 0
	 */
	public long getOrganizationId() {
		return _organizationId;
	}

	/**
	 * @return the statistical sex category the registration is recorded with (see RegistrationSexes)
	 */
	public String getSex() {
		return _sex;
	}

	public User getUser() {
		return _user;
	}

	public long getUserId() {
		return _userId;
	}

	private final String _dietaryNeeds;
	private final OrganizationLineages _lineages;
	private final String _motivation;
	private final long _organizationId;
	private final String _sex;
	private final User _user;
	private final long _userId;

}

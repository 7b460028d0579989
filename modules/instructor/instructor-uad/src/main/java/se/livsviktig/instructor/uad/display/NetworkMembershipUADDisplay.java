/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.display;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.user.associated.data.display.BaseModelUADDisplay;
import com.liferay.user.associated.data.display.UADDisplay;

import java.io.Serializable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.instructor.uad.constants.InstructorUADConstants;
import se.livsviktig.instructor.uad.text.NetworkWords;
import se.livsviktig.platform.uad.DisplayDate;
import se.livsviktig.platform.uad.UADLanguage;

/**
 * Shows a person's network memberships in the portal's personal data screens: the network by name, the role in
 * words, since when. Values are handed over unescaped, for the portal to escape once (see
 * {@link CertificationUADDisplay}).
 *
 * <p>
 * Written by hand, and not named NetworkMemberUADDisplay: Service Builder generates a display only for an entity
 * with a column to keep (uad-nonanonymizable), a membership has none, and it deletes a file of that name when it
 * regenerates.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = UADDisplay.class)
public class NetworkMembershipUADDisplay
	extends BaseModelUADDisplay<NetworkMember> {

	@Override
	public NetworkMember get(Serializable primaryKey) throws PortalException {
		return _networkMemberLocalService.getNetworkMember(
			Long.valueOf(primaryKey.toString()));
	}

	@Override
	public String[] getDisplayFieldNames() {
		return new String[] {"network", "role", "memberSince"};
	}

	@Override
	public Map<String, Object> getFieldValues(
		NetworkMember networkMember, String[] fieldNames, Locale locale) {

		Map<String, Object> fieldValues = new LinkedHashMap<>();

		for (String fieldName : fieldNames) {
			fieldValues.put(
				fieldName, _fieldValue(networkMember, fieldName, locale));
		}

		return fieldValues;
	}

	/**
	 * Only real columns: the screen orders through the database, and the network's name is not a column here.
	 */
	@Override
	public String[] getSortingFieldNames() {
		return new String[] {"createDate", "role"};
	}

	@Override
	public Class<NetworkMember> getTypeClass() {
		return NetworkMember.class;
	}

	@Override
	public String getTypeName(Locale locale) {
		return UADLanguage.get(
			NetworkMembershipUADDisplay.class, locale,
			"model.resource." + NetworkMember.class.getName());
	}

	@Override
	protected long doCount(DynamicQuery dynamicQuery) {
		return _networkMemberLocalService.dynamicQueryCount(dynamicQuery);
	}

	@Override
	protected DynamicQuery doGetDynamicQuery() {
		return _networkMemberLocalService.dynamicQuery();
	}

	@Override
	protected List<NetworkMember> doGetRange(
		DynamicQuery dynamicQuery, int start, int end) {

		return _networkMemberLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return InstructorUADConstants.USER_ID_FIELD_NAMES_NETWORK_MEMBER;
	}

	private String _fieldValue(
		NetworkMember networkMember, String fieldName, Locale locale) {

		if (fieldName.equals("network")) {
			InstructorNetwork instructorNetwork =
				_instructorNetworkLocalService.fetchInstructorNetwork(
					networkMember.getInstructorNetworkId());

			if (instructorNetwork == null) {
				return String.valueOf(networkMember.getInstructorNetworkId());
			}

			return instructorNetwork.getName();
		}

		if (fieldName.equals("role")) {
			return UADLanguage.get(
				NetworkMembershipUADDisplay.class, locale,
				NetworkWords.roleKey(networkMember.getRole()));
		}

		if (fieldName.equals("memberSince")) {
			return DisplayDate.format(networkMember.getCreateDate(), locale);
		}

		return null;
	}

	@Reference
	private InstructorNetworkLocalService _instructorNetworkLocalService;

	@Reference
	private NetworkMemberLocalService _networkMemberLocalService;

}

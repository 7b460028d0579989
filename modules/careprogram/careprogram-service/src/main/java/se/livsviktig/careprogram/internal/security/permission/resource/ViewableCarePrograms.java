package se.livsviktig.careprogram.internal.security.permission.resource;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramTable;

/**
 * The programmes a caller may VIEW, as a WHERE condition of the list's one statement, so that a page and its count
 * are read by the database and agree. It says what CareProgramModelResourcePermissionWrapper decides row by row: a
 * site's editors (MANAGE_CARE_PROGRAMS, ReviewPermissionLogic) view every programme, so for them there is no
 * condition; anyone else views what the portal's permissions grant (the portal's inline permission predicate: VIEW
 * granted on the row to one of the caller's roles, or on all the site's or company's programmes, or the caller
 * created it). The review owner's own rule (CONFIRM_REVIEW) is not VIEW and needs nothing here.
 *
 * @author Livsviktig
 */
public class ViewableCarePrograms {

	public ViewableCarePrograms(
		InlineSQLHelper inlineSQLHelper,
		PortletResourcePermission portletResourcePermission) {

		_inlineSQLHelper = inlineSQLHelper;
		_portletResourcePermission = portletResourcePermission;
	}

	/**
	 * @return the condition, or null when the caller may view every programme of the site
	 */
	public Predicate wherePredicate(
		PermissionChecker permissionChecker, long groupId) {

		if (_portletResourcePermission.contains(
				permissionChecker, groupId,
				CareProgramActionKeys.MANAGE_CARE_PROGRAMS)) {

			return null;
		}

		return _inlineSQLHelper.getPermissionWherePredicate(
			CareProgram.class, CareProgramTable.INSTANCE.careProgramId,
			groupId);
	}

	private final InlineSQLHelper _inlineSQLHelper;
	private final PortletResourcePermission _portletResourcePermission;

}

package se.livsviktig.training.service.impl;

import com.liferay.portal.kernel.model.ClassedModel;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.HashSet;
import java.util.Set;
import java.util.function.ToLongFunction;

import se.livsviktig.training.constants.TrainingConstants;

/**
 * Permissions as a test grants them: a model or portlet resource permission that answers yes only for the
 * actions granted on the resources named, and refuses everything else. A remote service that asks for the
 * wrong action, or for the wrong thing, is refused, so the test of its allowed case fails.
 *
 * @author Livsviktig
 */
public class Grants {

	public static <T extends ClassedModel> ModelGrants<T> model(
		Class<T> modelClass, ToLongFunction<T> primKeyFunction) {

		return new ModelGrants<>(modelClass.getName(), primKeyFunction);
	}

	public static PortletGrants portlet() {
		return new PortletGrants();
	}

	public static class ModelGrants<T extends ClassedModel>
		implements ModelResourcePermission<T> {

		@Override
		public void check(
				PermissionChecker permissionChecker, long primKey,
				String actionId)
			throws PrincipalException {

			if (!contains(permissionChecker, primKey, actionId)) {
				throw new PrincipalException.MustHavePermission(
					permissionChecker.getUserId(), _modelName, primKey,
					actionId);
			}
		}

		@Override
		public void check(
				PermissionChecker permissionChecker, T model, String actionId)
			throws PrincipalException {

			check(
				permissionChecker, _primKeyFunction.applyAsLong(model),
				actionId);
		}

		@Override
		public boolean contains(
			PermissionChecker permissionChecker, long primKey,
			String actionId) {

			return _granted.contains(primKey + "#" + actionId);
		}

		@Override
		public boolean contains(
			PermissionChecker permissionChecker, T model, String actionId) {

			return contains(
				permissionChecker, _primKeyFunction.applyAsLong(model),
				actionId);
		}

		@Override
		public String getModelName() {
			return _modelName;
		}

		@Override
		public PortletResourcePermission getPortletResourcePermission() {
			return null;
		}

		public ModelGrants<T> grant(long primKey, String actionId) {
			_granted.add(primKey + "#" + actionId);

			return this;
		}

		private ModelGrants(
			String modelName, ToLongFunction<T> primKeyFunction) {

			_modelName = modelName;
			_primKeyFunction = primKeyFunction;
		}

		private final Set<String> _granted = new HashSet<>();
		private final String _modelName;
		private final ToLongFunction<T> _primKeyFunction;

	}

	public static class PortletGrants implements PortletResourcePermission {

		@Override
		public void check(
				PermissionChecker permissionChecker, Group group,
				String actionId)
			throws PrincipalException {

			check(permissionChecker, group.getGroupId(), actionId);
		}

		@Override
		public void check(
				PermissionChecker permissionChecker, long groupId,
				String actionId)
			throws PrincipalException {

			if (!contains(permissionChecker, groupId, actionId)) {
				throw new PrincipalException.MustHavePermission(
					permissionChecker.getUserId(),
					TrainingConstants.RESOURCE_NAME, groupId, actionId);
			}
		}

		@Override
		public boolean contains(
			PermissionChecker permissionChecker, Group group,
			String actionId) {

			return contains(permissionChecker, group.getGroupId(), actionId);
		}

		@Override
		public boolean contains(
			PermissionChecker permissionChecker, long groupId,
			String actionId) {

			return _granted.contains(groupId + "#" + actionId);
		}

		@Override
		public String getResourceName() {
			return TrainingConstants.RESOURCE_NAME;
		}

		public PortletGrants grant(long groupId, String actionId) {
			_granted.add(groupId + "#" + actionId);

			return this;
		}

		private PortletGrants() {
		}

		private final Set<String> _granted = new HashSet<>();

	}

}

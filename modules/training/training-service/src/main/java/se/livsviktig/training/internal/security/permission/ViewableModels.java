package se.livsviktig.training.internal.security.permission;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.ClassedModel;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a short list that the caller may VIEW, asked of the model's ModelResourcePermission one row at a
 * time. For a list the finder cache already holds (the company's few training methods), this replaces the
 * generated filterFind*, whose inline permission SQL goes to the database on every call: the finder cache serves
 * the rows and the permission checker's cache the answers. Only for lists short enough to read whole; a long one
 * keeps its permission in the SQL, so that paging stays right.
 *
 * @author Livsviktig
 */
public final class ViewableModels<T extends ClassedModel> {

	public ViewableModels(ModelResourcePermission<T> modelResourcePermission) {
		_modelResourcePermission = modelResourcePermission;
	}

	/**
	 * @return a new list: the rows the caller may view, in their order
	 */
	public List<T> filter(PermissionChecker permissionChecker, List<T> models) {
		List<T> viewableModels = new ArrayList<>(models.size());

		for (T model : models) {
			if (_mayView(permissionChecker, model)) {
				viewableModels.add(model);
			}
		}

		return viewableModels;
	}

	private boolean _mayView(PermissionChecker permissionChecker, T model) {
		try {
			return _modelResourcePermission.contains(
				permissionChecker, model, ActionKeys.VIEW);
		}
		catch (PortalException portalException) {

			// A row of the list itself cannot be missing; anything else is a fault, not a "no".

			throw new SystemException(portalException);
		}
	}

	private final ModelResourcePermission<T> _modelResourcePermission;

}

package se.livsviktig.platform.view.harness;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/**
 * What renders a view: usually a real MVCRenderCommand's render method, which builds the display context, puts it
 * on the request and returns the JSP path to include.
 *
 * @author Livsviktig
 */
@FunctionalInterface
public interface ViewRender {

	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws Exception;

}

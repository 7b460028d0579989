<%@ include file="/instructor_network/init.jsp" %>

<%
NetworkListDisplayContext networkListDisplayContext = (NetworkListDisplayContext)request.getAttribute(ViewInstructorNetworkMVCRenderCommand.NETWORK_LIST_DISPLAY_CONTEXT);

List<NetworkLink> networkLinks = networkListDisplayContext.getNetworkLinks();
%>

<clay:container-fluid cssClass="livsviktig-instructor-network livsviktig-instructor-networks">
	<h1><liferay-ui:message key="instructor-networks" /></h1>

	<c:choose>
		<c:when test="<%= networkLinks.isEmpty() %>">
			<p><liferay-ui:message key="you-are-not-in-any-instructor-network-on-this-site" /></p>
		</c:when>
		<c:otherwise>
			<ul class="list-unstyled">

				<%
				for (NetworkLink networkLink : networkLinks) {
				%>

					<li class="mb-2">
						<a href="<%= HtmlUtil.escapeHREF(networkLink.getURL()) %>"><%= HtmlUtil.escape(networkLink.getName()) %></a>
					</li>

				<%
				}
				%>

			</ul>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>

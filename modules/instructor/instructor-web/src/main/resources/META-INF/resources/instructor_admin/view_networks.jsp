<%@ include file="/init.jsp" %>

<%
NetworksDisplayContext networksDisplayContext = (NetworksDisplayContext)request.getAttribute(InstructorWebKeys.NETWORKS_DISPLAY_CONTEXT);

NetworkAdminURLs networkURLs = networksDisplayContext.getNetworkURLs();

List<NetworkRow> networkRows = networksDisplayContext.getRows();

String successMessageKey = networksDisplayContext.getSuccessMessageKey();

String adminSection = "networks";
%>

<clay:container-fluid cssClass="livsviktig-instructor-admin livsviktig-instructor-networks">
	<h1 class="sr-only"><liferay-ui:message key="livsviktig-instructors" /></h1>

	<%@ include file="/instructor_admin/admin_navigation.jspf" %>

	<h2><liferay-ui:message key="networks" /></h2>

	<%@ include file="/instructor_admin/success_message.jspf" %>

	<c:if test="<%= networksDisplayContext.isAddable() %>">
		<p>
			<a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(networkURLs.getAddURL()) %>"><liferay-ui:message key="add-network" /></a>
		</p>
	</c:if>

	<c:choose>
		<c:when test="<%= networkRows.isEmpty() %>">
			<p class="text-secondary">
				<liferay-ui:message key="no-networks-yet" />
			</p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="networks" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="name" /></th>
						<th scope="col"><liferay-ui:message key="training-methods" /></th>
						<th scope="col"><liferay-ui:message key="members" /></th>
						<th scope="col"><liferay-ui:message key="coordinators" /></th>
						<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (NetworkRow networkRow : networkRows) {
						String networkName = networkRow.getName();
					%>

						<tr>
							<th class="table-cell-expand-smaller" scope="row"><%= HtmlUtil.escape(networkName) %></th>
							<td><%= HtmlUtil.escape(String.join(", ", networkRow.getMethodNames())) %></td>
							<td><%= networkRow.getMemberCount() %></td>
							<td><%= HtmlUtil.escape(String.join(", ", networkRow.getCoordinatorNames())) %></td>
							<td>
								<a href="<%= HtmlUtil.escapeHREF(networkURLs.getMembersURL(networkRow.getInstructorNetworkId())) %>"><liferay-ui:message key="members" /><span class="sr-only"> <%= HtmlUtil.escape(networkName) %></span></a>
								<a class="ml-3" href="<%= HtmlUtil.escapeHREF(networkURLs.getMeetingsURL(networkRow.getInstructorNetworkId())) %>"><liferay-ui:message key="meetings" /><span class="sr-only"> <%= HtmlUtil.escape(networkName) %></span></a>

								<c:if test="<%= networkRow.isUpdatable() %>">
									<a class="ml-3" href="<%= HtmlUtil.escapeHREF(networkURLs.getEditURL(networkRow.getInstructorNetworkId())) %>"><liferay-ui:message key="edit" /><span class="sr-only"> <%= HtmlUtil.escape(networkName) %></span></a>
								</c:if>

								<c:if test="<%= networkRow.isDeletable() %>">
									<a class="ml-3" href="<%= HtmlUtil.escapeHREF(networkURLs.getDeleteURL(networkRow.getInstructorNetworkId())) %>"><liferay-ui:message key="delete" /><span class="sr-only"> <%= HtmlUtil.escape(networkName) %></span></a>
								</c:if>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>

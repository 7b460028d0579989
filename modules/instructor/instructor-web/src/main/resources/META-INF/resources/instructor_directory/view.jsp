<%@ include file="/init.jsp" %>

<%
InstructorDirectoryDisplayContext instructorDirectoryDisplayContext = (InstructorDirectoryDisplayContext)request.getAttribute(InstructorWebKeys.INSTRUCTOR_DIRECTORY_DISPLAY_CONTEXT);

List<InstructorDirectoryRow> instructorDirectoryRows = instructorDirectoryDisplayContext.getRows();
%>

<clay:container-fluid cssClass="livsviktig-instructor-directory">
	<h2><liferay-ui:message key="instructor-directory" /></h2>

	<p class="text-secondary"><liferay-ui:message key="instructor-directory-help" /></p>

	<form action="<%= HtmlUtil.escapeHREF(instructorDirectoryDisplayContext.getSearchActionURL()) %>" aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "filter-instructors")) %>" method="get" role="search">

		<%
		for (Map.Entry<String, String> hiddenParameter : instructorDirectoryDisplayContext.getSearchHiddenParameters().entrySet()) {
		%>

			<input name="<%= HtmlUtil.escapeAttribute(hiddenParameter.getKey()) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenParameter.getValue()) %>" />

		<%
		}
		%>

		<div class="form-group-autofit">
			<div class="form-group-item">
				<label for="<portlet:namespace />keywords"><liferay-ui:message key="instructor-name" /></label>

				<input class="form-control" id="<portlet:namespace />keywords" name="<portlet:namespace />keywords" type="search" value="<%= HtmlUtil.escapeAttribute(instructorDirectoryDisplayContext.getKeywords()) %>" />
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />trainingMethodId"><liferay-ui:message key="training-method" /></label>

				<select class="form-control" id="<portlet:namespace />trainingMethodId" name="<portlet:namespace />trainingMethodId">

					<%
					for (Option option : instructorDirectoryDisplayContext.getTrainingMethodOptions()) {
					%>

						<option <%= option.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(option.getValue()) %>"><%@ include file="/instructor_admin/option_label.jspf" %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />organizationId"><liferay-ui:message key="organization" /></label>

				<select class="form-control" id="<portlet:namespace />organizationId" name="<portlet:namespace />organizationId">

					<%
					for (Option option : instructorDirectoryDisplayContext.getOrganizationOptions()) {
					%>

						<option <%= option.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(option.getValue()) %>"><%@ include file="/instructor_admin/option_label.jspf" %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="form-group-item form-group-item-label-spacer">
				<button class="btn btn-secondary" type="submit"><liferay-ui:message key="filter" /></button>

				<c:if test="<%= instructorDirectoryDisplayContext.isFiltered() %>">
					<a class="btn btn-link" href="<%= HtmlUtil.escapeHREF(instructorDirectoryDisplayContext.getClearURL()) %>"><liferay-ui:message key="clear-filters" /></a>
				</c:if>
			</div>
		</div>
	</form>

	<c:choose>
		<c:when test="<%= instructorDirectoryRows.isEmpty() %>">
			<p class="text-secondary">
				<liferay-ui:message key='<%= instructorDirectoryDisplayContext.isFiltered() ? "no-instructors-match-the-filters" : "no-instructor-may-teach-yet" %>' />
			</p>
		</c:when>
		<c:otherwise>
			<p class="text-secondary"><liferay-ui:message arguments="<%= instructorDirectoryDisplayContext.getTotal() %>" key="x-instructors" /></p>

			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="instructor-directory" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="instructor" /></th>
						<th scope="col"><liferay-ui:message key="training-methods" /></th>
						<th scope="col"><liferay-ui:message key="organizations" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (InstructorDirectoryRow instructorDirectoryRow : instructorDirectoryRows) {
					%>

						<tr>
							<th class="table-cell-expand-smaller" scope="row"><%= HtmlUtil.escape(instructorDirectoryRow.getFullName()) %></th>
							<td><%= HtmlUtil.escape(String.join(", ", instructorDirectoryRow.getTrainingMethodNames())) %></td>
							<td><%= HtmlUtil.escape(String.join(", ", instructorDirectoryRow.getOrganizationNames())) %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>

			<%
			List<PageLink> pageLinks = instructorDirectoryDisplayContext.getPageLinks();
			%>

			<c:if test="<%= !pageLinks.isEmpty() %>">
				<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "pages")) %>">
					<ul class="pagination">

						<%
						for (PageLink pageLink : pageLinks) {
						%>

							<li class="page-item<%= pageLink.isCurrent() ? " active" : "" %>">
								<a <%= pageLink.isCurrent() ? "aria-current=\"page\"" : "" %> class="page-link" href="<%= HtmlUtil.escapeHREF(pageLink.getURL()) %>"><span class="sr-only"><liferay-ui:message key="page" /> </span><%= pageLink.getNumber() %></a>
							</li>

						<%
						}
						%>

					</ul>
				</nav>
			</c:if>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>

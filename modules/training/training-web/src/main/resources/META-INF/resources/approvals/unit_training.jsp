<%@ include file="/init.jsp" %>

<%-- The unit's training view's own imports stay here, so init.jsp stays the shared one of every view. --%>

<%@ page import="se.livsviktig.training.web.internal.display.context.UnitTrainingDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.UnitTrainingRow" %>

<%
UnitTrainingDisplayContext unitTrainingDisplayContext = (UnitTrainingDisplayContext)request.getAttribute(TrainingWebKeys.UNIT_TRAINING_DISPLAY_CONTEXT);

String currentApprovalsView = "unit-training";
String refusalKey = unitTrainingDisplayContext.getRefusalKey();
%>

<clay:container-fluid cssClass="livsviktig-unit-training">
	<%@ include file="/approvals/navigation.jspf" %>

	<h2><liferay-ui:message key="my-units-training" /></h2>

	<c:choose>
		<c:when test="<%= refusalKey != null %>">
			<clay:alert displayType="warning">
				<liferay-ui:message key="<%= refusalKey %>" />
			</clay:alert>
		</c:when>
		<c:otherwise>

			<%
			List<UnitTrainingRow> rows = unitTrainingDisplayContext.getRows();
			Pagination pagination = unitTrainingDisplayContext.getPagination();
			int total = unitTrainingDisplayContext.getTotal();
			%>

			<p class="unit-scope"><liferay-ui:message arguments="<%= HtmlUtil.escape(unitTrainingDisplayContext.getOrganizationName()) %>" key="members-of-x-and-of-the-units-under-it" translateArguments="<%= false %>" /></p>

			<form action="<%= HtmlUtil.escapeHREF(unitTrainingDisplayContext.getSearchActionURL()) %>" aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "filter-the-units-training")) %>" method="get" role="search">

				<%
				for (Map.Entry<String, String> hiddenParameter : unitTrainingDisplayContext.getSearchHiddenParameters().entrySet()) {
				%>

					<input name="<%= HtmlUtil.escapeAttribute(hiddenParameter.getKey()) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenParameter.getValue()) %>" />

				<%
				}
				%>

				<div class="form-group-autofit">
					<c:if test="<%= unitTrainingDisplayContext.isOrganizationChoice() %>">
						<div class="form-group-item">
							<label for="<portlet:namespace />organizationId"><liferay-ui:message key="unit" /></label>

							<select class="form-control" id="<portlet:namespace />organizationId" name="<portlet:namespace />organizationId">

								<%
								for (SelectOption selectOption : unitTrainingDisplayContext.getOrganizationOptions()) {
								%>

									<option <%= selectOption.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(selectOption.getValue()) %>"><%= HtmlUtil.escape(selectOption.getName()) %></option>

								<%
								}
								%>

							</select>
						</div>
					</c:if>

					<div class="form-group-item">
						<label for="<portlet:namespace />trainingMethodId"><liferay-ui:message key="training-method" /></label>

						<select class="form-control" id="<portlet:namespace />trainingMethodId" name="<portlet:namespace />trainingMethodId">
							<option value="0"><liferay-ui:message key="all-methods" /></option>

							<%
							for (SelectOption selectOption : unitTrainingDisplayContext.getTrainingMethodOptions()) {
							%>

								<option <%= selectOption.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(selectOption.getValue()) %>"><%= HtmlUtil.escape(selectOption.getName()) %></option>

							<%
							}
							%>

						</select>
					</div>

					<div class="form-group-item form-group-item-shrink justify-content-end">
						<clay:button displayType="secondary" label="filter" type="submit" />
					</div>
				</div>
			</form>

			<c:choose>
				<c:when test="<%= total == 0 %>">
					<p class="text-secondary"><liferay-ui:message key="there-are-no-members-in-this-unit" /></p>
				</c:when>
				<c:otherwise>
					<p>
						<a class="btn btn-secondary btn-sm" download href="<%= HtmlUtil.escapeHREF(unitTrainingDisplayContext.getExportCsvURL()) %>"><liferay-ui:message key="export-to-csv" /></a>
						<a class="btn btn-secondary btn-sm" download href="<%= HtmlUtil.escapeHREF(unitTrainingDisplayContext.getExportXlsxURL()) %>"><liferay-ui:message key="export-to-excel" /></a>
					</p>

					<table class="table table-autofit table-list">
						<caption class="sr-only"><liferay-ui:message arguments="<%= total %>" key="x-rows-members-and-methods" /></caption>
						<thead>
							<tr>
								<th scope="col"><liferay-ui:message key="name" /></th>
								<th scope="col"><liferay-ui:message key="training-method" /></th>
								<th scope="col"><liferay-ui:message key="completions" /></th>
								<th scope="col"><liferay-ui:message key="last-completed" /></th>
								<th scope="col"><liferay-ui:message key="coming-up" /></th>
							</tr>
						</thead>
						<tbody>

							<%
							for (UnitTrainingRow row : rows) {
							%>

								<tr>
									<th scope="row"><%= HtmlUtil.escape(row.getFullName()) %></th>
									<td>
										<c:choose>
											<c:when test="<%= row.getTrainingMethodName() == null %>">
												<liferay-ui:message key="no-registrations" />
											</c:when>
											<c:otherwise>
												<%= HtmlUtil.escape(row.getTrainingMethodName()) %>
											</c:otherwise>
										</c:choose>
									</td>
									<td><%= row.getCompletedCount() %></td>
									<td>
										<c:choose>
											<c:when test="<%= row.hasCompleted() %>">
												<%= HtmlUtil.escape(row.getLastCompletionText()) %>
											</c:when>
											<c:otherwise>
												<span class="no-completion"><liferay-ui:message key="no-completion-yet" /></span>
											</c:otherwise>
										</c:choose>
									</td>
									<td><liferay-ui:message key="<%= row.getUpcomingKey() %>" /></td>
								</tr>

							<%
							}
							%>

						</tbody>
					</table>

					<c:if test="<%= pagination.isShow() %>">
						<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "pages")) %>">
							<ul class="pagination">

								<%
								for (Pagination.Page paginationPage : pagination.getPages()) {
								%>

									<li class="page-item<%= paginationPage.isCurrent() ? " active" : "" %>">
										<a <%= paginationPage.isCurrent() ? "aria-current=\"page\"" : "" %> class="page-link" href="<%= HtmlUtil.escapeHREF(paginationPage.getURL()) %>"><span class="sr-only"><liferay-ui:message key="page" /> </span><%= paginationPage.getNumber() %></a>
									</li>

								<%
								}
								%>

							</ul>
						</nav>
					</c:if>
				</c:otherwise>
			</c:choose>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>

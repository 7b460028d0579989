<%@ include file="/init.jsp" %>

<%@ page import="se.livsviktig.report.web.internal.display.context.DrillDownCell" %><%@
page import="se.livsviktig.report.web.internal.display.context.DrillDownDisplayContext" %><%@
page import="se.livsviktig.report.web.internal.portlet.action.ViewDrillDownMVCRenderCommand" %>

<%
DrillDownDisplayContext drillDownDisplayContext = (DrillDownDisplayContext)request.getAttribute(ReportWebKeys.DRILL_DOWN_DISPLAY_CONTEXT);
String badInputKey = (String)request.getAttribute(ViewDrillDownMVCRenderCommand.BAD_INPUT_KEY);
%>

<clay:container-fluid cssClass="livsviktig-report">
	<c:choose>
		<c:when test="<%= drillDownDisplayContext == null %>">
			<h2><liferay-ui:message key="drill-down" /></h2>

			<clay:alert displayType="danger">
				<liferay-ui:message key="<%= badInputKey %>" />
			</clay:alert>
		</c:when>
		<c:otherwise>
			<p><a href="<%= HtmlUtil.escapeHREF(drillDownDisplayContext.getOverviewURL()) %>"><liferay-ui:message key="drill-down-back-to-the-overview" /></a></p>

			<h2><liferay-ui:message key="<%= drillDownDisplayContext.getFigureKey() %>" /></h2>

			<%
			String administrationName = drillDownDisplayContext.getAdministrationName();
			String trainingMethodName = drillDownDisplayContext.getTrainingMethodName();
			%>

			<p class="text-secondary">
				<liferay-ui:message arguments="<%= HtmlUtil.escape(administrationName) %>" key="<%= drillDownDisplayContext.getAdministrationKey() %>" />
				&middot;
				<c:choose>
					<c:when test="<%= trainingMethodName != null %>">
						<%= HtmlUtil.escape(trainingMethodName) %>
					</c:when>
					<c:otherwise>
						<liferay-ui:message key="drill-down-all-methods" />
					</c:otherwise>
				</c:choose>
				<c:if test="<%= drillDownDisplayContext.getSexKey() != null %>">
					&middot;
					<liferay-ui:message key="<%= drillDownDisplayContext.getSexKey() %>" />
				</c:if>
				&middot;
				<%= HtmlUtil.escape(drillDownDisplayContext.getPeriod()) %>
			</p>

			<nav aria-label="<liferay-ui:message key="drill-down-lists" />">
				<ul class="nav nav-underline mb-3">
					<li class="nav-item">
						<a <%= drillDownDisplayContext.isRegistrations() ? "" : "aria-current=\"page\"" %> class="nav-link <%= drillDownDisplayContext.isRegistrations() ? "" : "active" %>" href="<%= HtmlUtil.escapeHREF(drillDownDisplayContext.getSessionsURL()) %>"><liferay-ui:message arguments="<%= drillDownDisplayContext.getSessionsCount() %>" key="drill-down-sessions-x" /></a>
					</li>

					<c:if test="<%= drillDownDisplayContext.getRegistrationsCount() != null %>">
						<li class="nav-item">
							<a <%= drillDownDisplayContext.isRegistrations() ? "aria-current=\"page\"" : "" %> class="nav-link <%= drillDownDisplayContext.isRegistrations() ? "active" : "" %>" href="<%= HtmlUtil.escapeHREF(drillDownDisplayContext.getRegistrationsURL()) %>"><liferay-ui:message arguments="<%= drillDownDisplayContext.getRegistrationsCount() %>" key="drill-down-registrations-x" /></a>
						</li>
					</c:if>
				</ul>
			</nav>

			<%
			List<List<DrillDownCell>> rows = drillDownDisplayContext.getRows();
			%>

			<c:choose>
				<c:when test="<%= rows.isEmpty() %>">
					<p class="text-secondary"><liferay-ui:message key="drill-down-nothing-behind-this-figure" /></p>
				</c:when>
				<c:otherwise>
					<table class="table table-autofit table-list">
						<caption class="sr-only"><liferay-ui:message key='<%= drillDownDisplayContext.isRegistrations() ? "drill-down-registrations" : "drill-down-sessions" %>' /></caption>
						<thead>
							<tr>

								<%
								for (String headerKey : drillDownDisplayContext.getHeaderKeys()) {
								%>

									<th scope="col"><liferay-ui:message key="<%= headerKey %>" /></th>

								<%
								}
								%>

							</tr>
						</thead>
						<tbody>

							<%
							for (List<DrillDownCell> row : rows) {
							%>

								<tr>

									<%
									for (DrillDownCell cell : row) {
									%>

										<td>
											<c:choose>
												<c:when test="<%= cell.isMessage() %>">
													<liferay-ui:message key="<%= cell.getMessageKey() %>" />
												</c:when>
												<c:otherwise>
													<%= HtmlUtil.escape(cell.getText()) %>
												</c:otherwise>
											</c:choose>
										</td>

									<%
									}
									%>

								</tr>

							<%
							}
							%>

						</tbody>
					</table>

					<nav aria-label="<liferay-ui:message key="drill-down-pages" />">
						<p>
							<liferay-ui:message arguments="<%= new Object[] {drillDownDisplayContext.getPage(), drillDownDisplayContext.getPageCount()} %>" key="drill-down-page-x-of-x" />
						</p>

						<ul class="pagination">
							<c:if test="<%= drillDownDisplayContext.getPreviousPageURL() != null %>">
								<li class="page-item">
									<a class="page-link" href="<%= HtmlUtil.escapeHREF(drillDownDisplayContext.getPreviousPageURL()) %>"><liferay-ui:message key="drill-down-previous-page" /></a>
								</li>
							</c:if>

							<c:if test="<%= drillDownDisplayContext.getNextPageURL() != null %>">
								<li class="page-item">
									<a class="page-link" href="<%= HtmlUtil.escapeHREF(drillDownDisplayContext.getNextPageURL()) %>"><liferay-ui:message key="drill-down-next-page" /></a>
								</li>
							</c:if>
						</ul>
					</nav>
				</c:otherwise>
			</c:choose>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
